package uk.bestvalue.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one framework version's themes and criteria carry into another's. Each entry is one pair of
 * codes: a split is several entries from one code, a merge several entries to one code, a new
 * item has no {@code from} and a dropped one no {@code to}.
 */
public record FrameworkMapping(String from, String to, String note, List<Entry> themes, List<Entry> criteria) {

    public enum Change {
        SAME, RENAMED, MERGED, SPLIT, NEW, DROPPED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Change> fromId(String id) {
            return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
        }
    }

    /** One pair: {@code from} or {@code to} is null for a new or a dropped item. */
    public record Entry(String from, String to, Change change, String basis) {
    }

    public FrameworkMapping {
        themes = List.copyOf(themes);
        criteria = List.copyOf(criteria);
    }

    /** The criteria of the newer version that a criterion of the older one carries into; empty when it was dropped. */
    public List<String> criterionTargets(String fromCode) {
        return targets(criteria, fromCode);
    }

    /** The criteria of the older version that a criterion of the newer one comes from; empty when it is new. */
    public List<String> criterionSources(String toCode) {
        return sources(criteria, toCode);
    }

    public List<String> themeTargets(String fromCode) {
        return targets(themes, fromCode);
    }

    public List<String> themeSources(String toCode) {
        return sources(themes, toCode);
    }

    /** How many criteria changed in each way, e.g. {same=57}; for a summary. */
    public java.util.Map<Change, Long> criterionChanges() {
        return criteria.stream().collect(java.util.stream.Collectors.groupingBy(Entry::change, () -> new java.util.EnumMap<>(Change.class),
                java.util.stream.Collectors.counting()));
    }

    /** Matches two versions by code alone: what is used when no mapping between them has been supplied. */
    public static FrameworkMapping byCode(FrameworkVersion from, FrameworkVersion to) {
        List<Entry> themes = new ArrayList<>();
        for (Theme t : from.themes()) {
            themes.add(to.theme(t.code()).isPresent() ? new Entry(t.code(), t.code(), Change.SAME, "same code")
                    : new Entry(t.code(), null, Change.DROPPED, "no theme with this code"));
        }
        to.themes().stream().filter(t -> from.theme(t.code()).isEmpty()).forEach(t -> themes.add(new Entry(null, t.code(), Change.NEW, "new code")));
        List<Entry> criteria = new ArrayList<>();
        for (Criterion c : from.criteria()) {
            criteria.add(to.criterion(c.code()).isPresent() ? new Entry(c.code(), c.code(), Change.SAME, "same code")
                    : new Entry(c.code(), null, Change.DROPPED, "no criterion with this code"));
        }
        to.criteria().stream().filter(c -> from.criterion(c.code()).isEmpty())
                .forEach(c -> criteria.add(new Entry(null, c.code(), Change.NEW, "new code")));
        return new FrameworkMapping(from.reference(), to.reference(), "Matched by code: no mapping between these versions was supplied",
                themes, criteria);
    }

    private static List<String> targets(List<Entry> entries, String fromCode) {
        return entries.stream().filter(e -> e.from() != null && e.to() != null && e.from().equalsIgnoreCase(fromCode))
                .map(Entry::to).distinct().toList();
    }

    private static List<String> sources(List<Entry> entries, String toCode) {
        return entries.stream().filter(e -> e.from() != null && e.to() != null && e.to().equalsIgnoreCase(toCode))
                .map(Entry::from).distinct().toList();
    }
}
