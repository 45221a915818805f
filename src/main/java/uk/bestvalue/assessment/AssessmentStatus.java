package uk.bestvalue.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an assessment is in its sign-off: prepared as a draft, reviewed, commented on by the three
 * statutory officers, approved, reported to a committee and published. From approval on, its
 * contents are fixed; {@link Workflow} says who may move it where.
 */
public enum AssessmentStatus {
    DRAFT("draft", "Draft"),
    IN_REVIEW("in_review", "In review"),
    STATUTORY_OFFICERS("statutory_officers", "With the statutory officers"),
    APPROVED("approved", "Approved"),
    REPORTED("reported", "Reported to committee"),
    PUBLISHED("published", "Published");

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

    /** Whether the assessment's contents may still be changed in this state: until it is approved. */
    public boolean editable() {
        return compareTo(APPROVED) < 0;
    }

    public static Optional<AssessmentStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
