package uk.bestvalue.web;

/** A request body over the upload limit: answered 413, whether Jetty or the size header found it. */
final class TooLarge extends RuntimeException {
    static final String DETAIL = "Files of up to 200 MB can be uploaded; split a larger file into parts and upload each.";

    TooLarge() {
        super(DETAIL);
    }

    /** Jetty reports an over-limit multipart body as an IllegalStateException somewhere in the cause chain. */
    static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof TooLarge || (message != null && (message.contains("exceeds max") || message.contains("maxRequestSize")
                    || message.contains("maxFileSize") || message.contains("Request exceeds") || message.contains("too large")))) {
                return true;
            }
        }
        return false;
    }
}
