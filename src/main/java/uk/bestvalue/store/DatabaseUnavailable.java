package uk.bestvalue.store;

/** The database cannot be reached or used; the message says why in terms a user can act on. */
public class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message) {
        super(message);
    }

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
