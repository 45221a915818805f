package uk.bestvalue.auth;

/**
 * Which entries of the audit trail belong to a history: one kind of thing and its id, or with
 * {@code prefix} every id that starts with {@code entityId + "/"} (e.g. every theme score of an assessment).
 */
public record HistoryKey(String entity, String entityId, boolean prefix) {
    public static HistoryKey of(String entity, Object entityId) {
        return new HistoryKey(entity, String.valueOf(entityId), false);
    }

    public static HistoryKey under(String entity, Object entityId) {
        return new HistoryKey(entity, String.valueOf(entityId), true);
    }
}
