package uk.bestvalue.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an assessment is in its sign-off: prepared as a draft, reviewed, commented on by the three
 * statutory officers, approved, reported to a committee and published. From the moment it goes to
 * the statutory officers its contents are fixed — they comment on what was sent to them — and a
 * change means sending it back to draft; {@link Workflow} says who may move it where.
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

    /** Whether the assessment's contents may still be changed in this state: until it goes to the statutory officers. */
    public boolean editable() {
        return compareTo(STATUTORY_OFFICERS) < 0;
    }

    public static Optional<AssessmentStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
