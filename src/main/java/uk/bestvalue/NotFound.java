package uk.bestvalue;

/** The thing a request names does not exist; the title says what kind of thing, the message which one. */
public class NotFound extends RuntimeException {
    private final String title;

    public NotFound(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
