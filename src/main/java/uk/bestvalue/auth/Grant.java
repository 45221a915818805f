package uk.bestvalue.auth;

import java.util.Objects;

/** A role held at one authority, named by its ONS code. */
public record Grant(String authority, Role role) {
    public Grant {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(role, "role");
    }
}
