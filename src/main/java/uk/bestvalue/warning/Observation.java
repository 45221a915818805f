package uk.bestvalue.warning;

import java.util.List;

/**
 * What a rule saw when it fired for an authority, stored with the flag: the metric and its
 * polarity, the period and value, the authority's recent values, the group and its quartiles (for a
 * position), how many others made the return (for a missing one), and the rules met (for a
 * combination). A flag is explained, and checked again, from this alone.
 */
public record Observation(String metricId, String metricTitle, String unit, String polarity, String period, Double value,
                          List<Point> series, Group group, Integer others, List<Part> parts) {
    public Observation {
        series = series == null ? List.of() : List.copyOf(series);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The authority's value in one period; null when it had no usable value then. */
    public record Point(String period, Double value) {
    }

    /** The comparison group in the period, with its quartiles (QUARTILE.INC) and how many values it had. */
    public record Group(String key, String label, int size, Double lowerQuartile, Double median, Double upperQuartile) {
    }

    /** One rule of a combination that was met, with what it said, and the metric and period it read. */
    public record Part(String rule, String title, String explanation, String metricId, String period) {
    }

    static Observation combination(List<Part> parts) {
        return new Observation(null, null, null, null, null, null, List.of(), null, null, parts);
    }
}
