package uk.bestvalue.explorer;

import java.util.Objects;
import java.util.Set;
import uk.bestvalue.authority.AuthorityType;

/** A performance measure with its provenance, unit, polarity and the kinds of authority it applies to. */
public record Metric(String id, String title, String description, String unit, Polarity polarity, String area, String publisher,
                     String source, String licence, Set<AuthorityType> appliesTo, String periodType, boolean generated) {
    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(polarity, "polarity");
        appliesTo = Set.copyOf(appliesTo);
    }

    public boolean appliesTo(AuthorityType type) {
        return appliesTo.contains(type);
    }

    public String appliesToLabel() {
        return String.join(", ", appliesTo.stream().sorted().map(AuthorityType::label).toList());
    }
}
