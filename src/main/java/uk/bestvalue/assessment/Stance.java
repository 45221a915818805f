package uk.bestvalue.assessment;

import java.util.Arrays;
import java.util.Optional;
import uk.bestvalue.framework.CriterionKind;

/**
 * How an evidence item bears on a criterion: it supports a characteristic, negates an indicator
 * of potential failure, or shows an indicator (a concern).
 */
public enum Stance {
    SUPPORTS("supports", CriterionKind.CHARACTERISTIC),
    NEGATES("negates", CriterionKind.INDICATOR),
    SHOWS("shows", CriterionKind.INDICATOR);

    private final String id;
    private final CriterionKind appliesTo;

    Stance(String id, CriterionKind appliesTo) {
        this.id = id;
        this.appliesTo = appliesTo;
    }

    public String id() {
        return id;
    }

    public CriterionKind appliesTo() {
        return appliesTo;
    }

    public boolean isConcern() {
        return this == SHOWS;
    }

    public static Optional<Stance> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
