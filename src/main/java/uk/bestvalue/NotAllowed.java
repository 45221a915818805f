package uk.bestvalue;

/** The caller is known but does not hold the role a move needs, e.g. an editor approving an assessment. */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}
