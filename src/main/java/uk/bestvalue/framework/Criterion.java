package uk.bestvalue.framework;

import java.util.Objects;

/**
 * A characteristic of a well-functioning authority or an indicator of potential failure, with a
 * code that is stable within its framework version. {@code basis} says where the wording comes
 * from (for the shipped standards: "description" or "negation" of the guidance's theme text).
 */
public record Criterion(long id, String code, CriterionKind kind, String title, String description, String guidance, String basis) {
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }

    public boolean isIndicator() {
        return kind == CriterionKind.INDICATOR;
    }
}
