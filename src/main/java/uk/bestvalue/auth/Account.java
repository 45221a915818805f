package uk.bestvalue.auth;

import java.time.LocalDateTime;
import java.util.List;

/** A person's account; never carries the password hash. */
public record Account(long id, String email, String displayName, boolean installationAdmin, boolean disabled,
                      boolean demo, LocalDateTime createdAt, List<Grant> grants) {
    public Account {
        grants = List.copyOf(grants);
    }
}
