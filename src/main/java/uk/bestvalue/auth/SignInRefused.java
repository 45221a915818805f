package uk.bestvalue.auth;

/**
 * A sign-in that did not succeed. The message never says whether the email has an account;
 * {@link #throttled()} tells a refusal for too many recent failures from a wrong password.
 */
public class SignInRefused extends RuntimeException {
    private final boolean throttled;

    SignInRefused(String message, boolean throttled) {
        super(message);
        this.throttled = throttled;
    }

    public boolean throttled() {
        return throttled;
    }
}
