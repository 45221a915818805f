package uk.bestvalue.explorer;

import java.util.List;

/**
 * An authority's value of a metric over every period, beside its group's median and quartiles; for a
 * council created in a reorganisation, also the values of the councils it replaced, labelled as theirs,
 * and their total where the metric's values may be added up.
 */
public record TimeSeries(Metric metric, String authority, ComparisonGroup group, List<Point> points, List<Predecessor> predecessors,
                         List<Combined> predecessorsCombined) {
    public TimeSeries {
        points = List.copyOf(points);
        predecessors = List.copyOf(predecessors);
        predecessorsCombined = List.copyOf(predecessorsCombined);
    }

    public TimeSeries(Metric metric, String authority, ComparisonGroup group, List<Point> points) {
        this(metric, authority, group, points, List.of(), List.of());
    }

    public record Point(String period, Double value, ValueStatus status, Double median, Double lowerQuartile, Double upperQuartile,
                        int count) {
    }

    /**
     * A council this one replaced, with its own values. {@code sharedWith} names the other councils that
     * replaced it too (a county split in two): its figures are for a larger area and are never added in.
     */
    public record Predecessor(String code, String name, List<String> sharedWith, List<PredecessorValue> values) {
        public Predecessor {
            sharedWith = List.copyOf(sharedWith);
            values = List.copyOf(values);
        }

        public PredecessorValue in(String period) {
            return values.stream().filter(v -> v.period().equals(period)).findFirst().orElse(null);
        }
    }

    public record PredecessorValue(String period, Double value, ValueStatus status) {
    }

    /** The predecessors' values of one period added up: only for a summable metric, and only when every one of them has a value. */
    public record Combined(String period, Double value, int councils) {
    }
}
