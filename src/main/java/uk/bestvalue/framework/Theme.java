package uk.bestvalue.framework;

import java.util.List;
import java.util.Objects;

/** A theme of a framework version, with its criteria in order; a shared criterion appears in each of its themes. */
public record Theme(long id, String code, String name, String description, int position, List<Criterion> criteria) {
    public Theme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        criteria = List.copyOf(criteria);
    }

    public List<Criterion> characteristics() {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.CHARACTERISTIC).toList();
    }

    public List<Criterion> indicators() {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.INDICATOR).toList();
    }
}
