package uk.bestvalue.explorer;

import uk.bestvalue.authority.OnsCode;

/** One authority's value of one metric for one period, with its status and the import that brought it. */
public record MetricValue(String metricId, String period, OnsCode authority, Double value, ValueStatus status, String note, long importId) {
    public boolean usable() {
        return value != null && status.usable();
    }
}
