package uk.bestvalue.explorer;

import java.util.List;

/**
 * Summary statistics of a group's usable values. Quartiles interpolate between order statistics
 * (the method of Excel's QUARTILE.INC and R's default), so the median is the usual median.
 */
public record Statistics(int count, int noValue, Double median, Double mean, Double lowerQuartile, Double upperQuartile, Double min,
                         Double max) {

    static Statistics of(List<Double> values, int noValue) {
        if (values.isEmpty()) {
            return new Statistics(0, noValue, null, null, null, null, null, null);
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Statistics(sorted.length, noValue, clean(quantile(sorted, 0.5)), clean(mean), clean(quantile(sorted, 0.25)),
                clean(quantile(sorted, 0.75)), sorted[0], sorted[sorted.length - 1]);
    }

    /**
     * Arithmetic in binary floating point leaves noise in the last digits (a mean of 27.700000000000003);
     * fifteen significant digits are more than any published figure has and leave none.
     */
    static double clean(double value) {
        return new java.math.BigDecimal(Double.toString(value)).round(new java.math.MathContext(15)).doubleValue();
    }

    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
