package uk.bestvalue.auth;

/**
 * A signed-in browser: who it is, and the token its forms must carry to prove they came from our
 * own pages. {@code cookie} is the secret the browser holds; only its digest is stored.
 */
public record Session(String cookie, Identity identity, String csrfToken) {
}
