package uk.bestvalue.assessment;

import java.util.Arrays;
import java.util.Optional;

/** What an assessment scores: each theme (as Oadby and Wigston did), each criterion (as a heat map does), or both. */
public enum Scoring {
    THEME("theme"), CRITERION("criterion"), BOTH("both");

    private final String id;

    Scoring(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean scoresThemes() {
        return this != CRITERION;
    }

    public boolean scoresCriteria() {
        return this != THEME;
    }

    public static Optional<Scoring> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
