package uk.bestvalue.store;

/** A statement failed for a reason that is a fault of the program or the database, not of the user. */
public class StoreFailure extends RuntimeException {
    public StoreFailure(String message) {
        super(message);
    }

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
