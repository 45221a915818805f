package uk.bestvalue.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places each usable value in its group. Rank 1 is best (respecting polarity); tied values share the
 * better rank and the next rank is skipped (1, 2, 2, 4). Percentile is the share of the rest of the
 * group that a member matches or beats. Quartile 1 is the best quarter. A neutral metric gets the
 * quartile of its value (1 = highest) but no rank or percentile.
 */
final class Ranking {
    private Ranking() {
    }

    record Placed(Integer rank, Double percentile, Integer quartile) {
    }

    static List<Placed> place(List<Double> values, Polarity polarity, Statistics stats) {
        List<Placed> placed = new ArrayList<>();
        int n = (int) values.stream().filter(v -> v != null).count();
        Comparator<Double> better = polarity == Polarity.LOWER_BETTER ? Comparator.naturalOrder() : Comparator.reverseOrder();
        for (Double value : values) {
            if (value == null) {
                placed.add(new Placed(null, null, null));
                continue;
            }
            int quartile = quartile(value, polarity, stats);
            if (!polarity.ranks()) {
                placed.add(new Placed(null, null, quartile));
                continue;
            }
            int rank = 1 + (int) values.stream().filter(v -> v != null && better.compare(v, value) < 0).count();
            double percentile = n == 1 ? 100.0 : 100.0 * (n - rank) / (n - 1);
            placed.add(new Placed(rank, percentile, quartile));
        }
        return placed;
    }

    private static int quartile(double value, Polarity polarity, Statistics stats) {
        if (polarity == Polarity.LOWER_BETTER) {
            return value <= stats.lowerQuartile() ? 1 : value <= stats.median() ? 2 : value <= stats.upperQuartile() ? 3 : 4;
        }
        return value >= stats.upperQuartile() ? 1 : value >= stats.median() ? 2 : value >= stats.lowerQuartile() ? 3 : 4;
    }
}
