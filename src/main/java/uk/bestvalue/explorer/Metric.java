package uk.bestvalue.explorer;

import java.util.Objects;
import java.util.Set;
import uk.bestvalue.authority.AuthorityType;

/** A performance measure with its provenance, unit, polarity and the kinds of authority it applies to. */
public record Metric(String id, String title, String description, String unit, Polarity polarity, String area, String publisher,
                     String source, String licence, Set<AuthorityType> appliesTo, String periodType, boolean generated, Integer decimals,
                     String url, String notes, String aggregation) {
    /** The one aggregation a metric may allow: its values may be added up across councils (counts, money). */
    public static final String SUM = "sum";

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(polarity, "polarity");
        appliesTo = Set.copyOf(appliesTo);
    }

    public Metric(String id, String title, String description, String unit, Polarity polarity, String area, String publisher, String source,
                  String licence, Set<AuthorityType> appliesTo, String periodType, boolean generated) {
        this(id, title, description, unit, polarity, area, publisher, source, licence, appliesTo, periodType, generated, null, null, null, null);
    }

    public Metric(String id, String title, String description, String unit, Polarity polarity, String area, String publisher, String source,
                  String licence, Set<AuthorityType> appliesTo, String periodType, boolean generated, Integer decimals, String url, String notes) {
        this(id, title, description, unit, polarity, area, publisher, source, licence, appliesTo, periodType, generated, decimals, url, notes, null);
    }

    /** Whether values of several councils may be added up, e.g. predecessors' counts into their successor's. */
    public boolean summable() {
        return SUM.equals(aggregation);
    }

    /**
     * What is wrong with a value for this metric's unit, or null: a percent runs from 0 to 100, a share
     * from 0 to 1, a count or a weight is never negative and a count is whole.
     */
    public String outOfRange(java.math.BigDecimal value) {
        String u = unit == null ? "" : unit.strip().toLowerCase(java.util.Locale.ROOT);
        boolean negative = value.signum() < 0;
        return switch (u) {
            case "percent", "%" -> negative || value.compareTo(java.math.BigDecimal.valueOf(100)) > 0 ? "a percent must be from 0 to 100" : null;
            case "fraction", "share" -> negative || value.compareTo(java.math.BigDecimal.ONE) > 0 ? "a share must be from 0 to 1" : null;
            case "count", "number" -> negative ? "a count cannot be negative"
                    : value.stripTrailingZeros().scale() > 0 ? "a count must be a whole number" : null;
            case "kg", "tonnes" -> negative ? "a weight cannot be negative" : null;
            default -> null;
        };
    }

    public boolean appliesTo(AuthorityType type) {
        return appliesTo.contains(type);
    }

    public String appliesToLabel() {
        return String.join(", ", appliesTo.stream().sorted().map(AuthorityType::label).toList());
    }
}
