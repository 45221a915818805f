package uk.bestvalue.warning;

import java.util.Arrays;
import java.util.Optional;

/** How much a flag matters, as the rule's author judged it. Never added up into a score. */
public enum Severity {
    LOW("low", "Low"), MEDIUM("medium", "Medium"), HIGH("high", "High");

    private final String id;
    private final String label;

    Severity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Severity> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
