package uk.bestvalue.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an assessment is in its life. Only drafts exist so far; the sign-off workflow adds
 * states (in review, signed off, reported) here and in the database constraint.
 */
public enum AssessmentStatus {
    DRAFT("draft", "Draft");

    private final String id;
    private final String label;

    AssessmentStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the assessment's contents may still be changed in this state. */
    public boolean editable() {
        return this == DRAFT;
    }

    public static Optional<AssessmentStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
