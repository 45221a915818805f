package uk.bestvalue;

/** A setting has a value the product cannot use; the message names the setting and what it takes. */
public class ConfigInvalid extends RuntimeException {
    public ConfigInvalid(String message) {
        super(message);
    }
}
