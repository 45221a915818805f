package uk.bestvalue.web;

/** The thing the request names does not exist; the message says what was looked for. */
final class NotFound extends RuntimeException {
    private final String title;

    NotFound(String title, String detail) {
        super(detail);
        this.title = title;
    }

    String title() {
        return title;
    }
}
