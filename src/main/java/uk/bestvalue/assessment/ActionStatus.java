package uk.bestvalue.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The state of a follow-on action. Overdue is not a state: it is worked out from the due date. */
public enum ActionStatus {
    NOT_STARTED("not_started", "Not started"),
    IN_PROGRESS("in_progress", "In progress"),
    DONE("done", "Completed"),
    SUPERSEDED("superseded", "Superseded"),
    DROPPED("dropped", "Dropped");

    private final String id;
    private final String label;

    ActionStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** A closed action needs a reason when it was not completed: superseded by what, dropped why. */
    public boolean needsReason() {
        return this == SUPERSEDED || this == DROPPED;
    }

    public static Optional<ActionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
