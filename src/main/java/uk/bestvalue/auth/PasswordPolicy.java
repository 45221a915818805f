package uk.bestvalue.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over complexity, in the NCSC's spirit: at least 12 characters, no composition rules, and
 * no password that guessing tries first (the shipped deny-list, repeats, the account's own name).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String DENY_LIST = "/auth/denied-passwords.txt";

    private final Set<String> denied;

    private PasswordPolicy(Set<String> denied) {
        this.denied = Set.copyOf(denied);
    }

    public static PasswordPolicy shipped() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The password deny-list " + DENY_LIST + " is missing from the build");
            }
            Set<String> lines = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> lines.add(l.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password is refused, in words for the person choosing it; empty when it is acceptable. */
    public Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        String bare = lower.replaceAll("[^\\p{L}\\p{N}]", "");
        if (denied.contains(lower) || denied.contains(stem) || denied.contains(bare) || repetitive(lower)) {
            return Optional.of("Password is too easy to guess: choose three or more random words, for example");
        }
        Optional<String> named = nameIn(lower, email, displayName);
        if (named.isPresent()) {
            return Optional.of("Password must not contain " + named.get());
        }
        return Optional.empty();
    }

    /** A short unit repeated, like "aaaaaaaaaaaa" or "abcabcabcabc". */
    private static boolean repetitive(String password) {
        for (int unit = 1; unit <= 4; unit++) {
            if (password.length() % unit == 0 && password.substring(0, unit).repeat(password.length() / unit).equals(password)) {
                return true;
            }
        }
        return false;
    }

    /** Which of the person's own names the password contains, said so that they can see what to change. */
    private static Optional<String> nameIn(String password, String email, String displayName) {
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        String name = displayName == null ? "" : displayName.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String squashed = password.replaceAll("\\s+", "");
        if (local.length() >= 4 && squashed.contains(local)) {
            return Optional.of("the first part of your email address (\"" + local + "\")");
        }
        if (name.length() >= 4 && squashed.contains(name)) {
            return Optional.of("your name (\"" + displayName.strip() + "\")");
        }
        return Optional.empty();
    }
}
