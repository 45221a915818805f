package uk.bestvalue.auth;

/** A token just created: {@code secret} is shown this once and never stored. */
public record NewToken(long id, String secret, String authority, Role role, String label) {
}
