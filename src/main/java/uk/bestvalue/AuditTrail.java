package uk.bestvalue;

import uk.bestvalue.store.Sql;

/**
 * Where every change is recorded: who, when, what, before and after. Features call it inside the
 * transaction that makes the change, so a change and its record are stored together or not at all.
 * The {@code auth} feature keeps the append-only, hash-chained trail behind this interface.
 */
public interface AuditTrail {

    /**
     * Records one change.
     *
     * @param tx        the transaction making the change
     * @param actor     who made it
     * @param authority the ONS code of the authority whose data changed, or null for installation-wide data
     * @param entity    what kind of thing changed, e.g. {@code assessment}, {@code theme_score}, {@code evidence}
     * @param entityId  which one, as text
     * @param action    what happened, e.g. {@code create}, {@code update}, {@code delete}
     * @param before    the thing before the change (a record or map, serialised as JSON), or null
     * @param after     the thing after the change, or null
     */
    void record(Sql tx, Actor actor, String authority, String entity, String entityId, String action,
                Object before, Object after);
}
