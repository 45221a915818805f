package uk.bestvalue;

/** The request is well formed but clashes with what is already stored, e.g. changing a framework version in use. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
