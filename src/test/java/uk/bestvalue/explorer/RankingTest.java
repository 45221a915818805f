package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final List<Double> VALUES = Arrays.asList(40.0, 55.0, 55.0, 30.0, null, 61.0);

    private static List<Integer> ranks(Polarity polarity) {
        List<Double> usable = VALUES.stream().filter(v -> v != null).toList();
        Statistics stats = Statistics.of(usable, 1);
        return Ranking.place(VALUES, polarity, stats).stream().map(Ranking.Placed::rank).toList();
    }

    @Test
    void ranks_the_highest_first_when_higher_is_better_and_ties_share_a_rank() {
        assertThat(ranks(Polarity.HIGHER_BETTER)).containsExactly(4, 2, 2, 5, null, 1);
    }

    @Test
    void reverses_the_ranks_when_lower_is_better() {
        assertThat(ranks(Polarity.LOWER_BETTER)).containsExactly(2, 3, 3, 1, null, 5);
    }

    @Test
    void never_ranks_a_neutral_metric() {
        assertThat(ranks(Polarity.NEUTRAL)).containsOnlyNulls();
    }

    @Test
    void counts_missing_values_without_ranking_them() {
        Statistics stats = Statistics.of(List.of(40.0, 55.0, 55.0, 30.0, 61.0), 1);

        assertThat(stats.count()).isEqualTo(5);
        assertThat(stats.noValue()).isEqualTo(1);
        assertThat(stats.median()).isEqualTo(55.0);
        assertThat(stats.lowerQuartile()).isEqualTo(40.0);
        assertThat(stats.upperQuartile()).isEqualTo(55.0);
        assertThat(stats.mean()).isEqualTo(48.2);
    }

    @Test
    void interpolates_quartiles_between_values() {
        Statistics stats = Statistics.of(List.of(1.0, 2.0, 3.0, 4.0), 0);

        assertThat(stats.median()).isEqualTo(2.5);
        assertThat(stats.lowerQuartile()).isEqualTo(1.75);
        assertThat(stats.upperQuartile()).isEqualTo(3.25);
    }

    @Test
    void gives_the_best_quartile_and_percentile_to_the_best_value() {
        List<Double> values = List.of(10.0, 20.0, 30.0, 40.0, 50.0);
        Statistics stats = Statistics.of(values, 0);

        List<Ranking.Placed> placed = Ranking.place(values, Polarity.HIGHER_BETTER, stats);

        assertThat(placed.get(4).quartile()).isEqualTo(1);
        assertThat(placed.get(4).percentile()).isEqualTo(100.0);
        assertThat(placed.get(0).quartile()).isEqualTo(4);
        assertThat(placed.get(0).percentile()).isEqualTo(0.0);
        assertThat(placed.get(2).percentile()).isEqualTo(50.0);
    }
}
