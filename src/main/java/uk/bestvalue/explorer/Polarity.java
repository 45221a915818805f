package uk.bestvalue.explorer;

import java.util.Arrays;
import java.util.Optional;

/** Which way is better. A neutral metric is context: shown and summarised, never ranked or coloured good or bad. */
public enum Polarity {
    HIGHER_BETTER("higher_better", "Higher is better"),
    LOWER_BETTER("lower_better", "Lower is better"),
    NEUTRAL("neutral", "Neither (context)");

    private final String id;
    private final String label;

    Polarity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean ranks() {
        return this != NEUTRAL;
    }

    public static Optional<Polarity> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
