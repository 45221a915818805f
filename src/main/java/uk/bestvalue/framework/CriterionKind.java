package uk.bestvalue.framework;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of criterion in the Best Value Standards. */
public enum CriterionKind {
    CHARACTERISTIC("characteristic", "Characteristic of a well-functioning authority"),
    INDICATOR("indicator", "Indicator of potential failure");

    private final String id;
    private final String label;

    CriterionKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CriterionKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
