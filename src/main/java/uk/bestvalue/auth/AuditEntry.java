package uk.bestvalue.auth;

/** One entry of the audit trail, as stored. {@code before} and {@code after} are canonical JSON or null. */
public record AuditEntry(long seq, String at, String actorKind, Long actorId, String actorName, String authority,
                         String entity, String entityId, String action, String before, String after, String prevHash,
                         String hash) {
}
