package uk.bestvalue.web;

/** A request refused by {@link Gate}: {@code signedIn} tells "sign in first" (401) from "not yours" (403). */
final class Denied extends RuntimeException {
    private final boolean signedIn;

    Denied(boolean signedIn, String message) {
        super(message);
        this.signedIn = signedIn;
    }

    boolean signedIn() {
        return signedIn;
    }
}
