package uk.bestvalue.warning;

import java.util.List;

/**
 * One early-warning rule: what it reads, when it fires, how much it matters, the Best Value theme and
 * the indicators of potential failure it speaks to, and the caveat to read it with.
 */
public record Rule(String id, String title, List<String> metrics, Condition condition, Severity severity, String theme,
                   List<String> criteria, String caveat) {
    public Rule {
        metrics = List.copyOf(metrics);
        criteria = List.copyOf(criteria);
    }

    /** The metric a single-metric rule reads; null for a combination. */
    public String metric() {
        return metrics.isEmpty() ? null : metrics.get(0);
    }
}
