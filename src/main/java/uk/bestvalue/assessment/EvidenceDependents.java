package uk.bestvalue.assessment;

/**
 * What other features keep about an evidence item (the report's frozen figures, the early-warning
 * decision that made it) and must let go of with it. Each is called inside the change that removes
 * the evidence, so what it deletes is audited with it and nothing is left pointing at a removed item.
 */
public interface EvidenceDependents {
    /** The assessment stops using the item; it may still be used elsewhere. */
    default void stoppedUsing(AssessmentChanges.Change change, long evidenceId) {
    }

    /** The item itself is about to be deleted: no assessment uses it any more. */
    default void deleting(AssessmentChanges.Change change, long evidenceId) {
    }
}
