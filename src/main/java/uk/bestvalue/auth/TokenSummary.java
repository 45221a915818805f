package uk.bestvalue.auth;

import java.time.LocalDateTime;

/** An API token as listed: never its secret. {@code authority} and {@code role} are null for an installation admin's token. */
public record TokenSummary(long id, String email, String authority, Role role, String label, LocalDateTime createdAt,
                           LocalDateTime revokedAt) {
}
