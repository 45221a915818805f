package uk.bestvalue.warning;

import java.util.Arrays;

/**
 * Quartiles that interpolate between order statistics, the method of Excel's QUARTILE.INC and of the
 * explorer's comparisons, so a flag's quartiles are the ones its page shows.
 */
final class Quartiles {
    private Quartiles() {
    }

    static Observation.Group of(String key, String label, double[] values) {
        if (values.length == 0) {
            return new Observation.Group(key, label, 0, null, null, null);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Observation.Group(key, label, sorted.length, round(quantile(sorted, 0.25)), round(quantile(sorted, 0.5)),
                round(quantile(sorted, 0.75)));
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Fifteen significant digits: binary noise in the last places is not a difference. */
    private static double round(double value) {
        return new java.math.BigDecimal(Double.toString(value)).round(new java.math.MathContext(15)).doubleValue();
    }
}
