package uk.bestvalue.explorer;

import java.util.List;

/** An authority's value of a metric over every period, beside its group's median and quartiles. */
public record TimeSeries(Metric metric, String authority, ComparisonGroup group, List<Point> points) {
    public TimeSeries {
        points = List.copyOf(points);
    }

    public record Point(String period, Double value, ValueStatus status, Double median, Double lowerQuartile, Double upperQuartile,
                        int count) {
    }
}
