package uk.bestvalue.explorer;

import java.util.List;
import java.util.Optional;

/**
 * One metric, one period, one authority, against a group: every member's value and position, and
 * the group's statistics. Members the metric does not apply to are not in the group at all.
 */
public record Comparison(Metric metric, String period, String authority, ComparisonGroup group, boolean applicable, List<Entry> entries,
                         Statistics statistics) {

    /** A group member. Rank, percentile and band are null when the value is not usable or the metric is neutral. */
    public record Entry(String code, String name, Double value, ValueStatus status, String note, Integer rank, Double percentile,
                        Integer quartile) {
        public boolean usable() {
            return value != null && status.usable();
        }
    }

    public Comparison {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> focus() {
        return entries.stream().filter(e -> e.code().equals(authority)).findFirst();
    }

    public boolean hasFocus() {
        return authority != null;
    }
}
