package uk.bestvalue.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}).
 * The parameters are in the hash, so raising them later still verifies old hashes. Chosen and
 * measured in docs/decisions (auth: Argon2id).
 */
final class Passwords {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    /** Verified against when no account matches, so an unknown email takes as long as a wrong password. */
    private volatile String decoy;

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy() : hash);
    }

    void spendTheTimeOfAMatch() {
        encoder.matches("not the decoy", decoy());
    }

    private String decoy() {
        if (decoy == null) {
            decoy = encoder.encode("decoy password that matches nothing");
        }
        return decoy;
    }
}
