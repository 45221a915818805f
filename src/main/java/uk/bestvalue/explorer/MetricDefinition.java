package uk.bestvalue.explorer;

import java.util.List;

/**
 * A metric as a person or a file describes it, before it is checked: the fields of a metric definition
 * file (format bestvalue-metrics/1), of the API's body and of the metric form. Names match the file's keys.
 * {@code version} is the version of the stored metric an edit was made from (optimistic locking).
 */
public record MetricDefinition(String id, String title, String description, String area, String unit, String polarity,
                               List<String> applies_to, String period_type, String publisher, String source, String licence,
                               String url, String notes, Integer decimals, String aggregation, Integer version) {

    /** A definition without the version it was edited from: a new metric, or an edit that replaces whatever is stored. */
    public MetricDefinition(String id, String title, String description, String area, String unit, String polarity, List<String> applies_to,
                            String period_type, String publisher, String source, String licence, String url, String notes, Integer decimals,
                            String aggregation) {
        this(id, title, description, area, unit, polarity, applies_to, period_type, publisher, source, licence, url, notes, decimals, aggregation,
                null);
    }

    public MetricDefinition(String id, String title, String description, String area, String unit, String polarity, List<String> applies_to,
                            String period_type, String publisher, String source, String licence, String url, String notes, Integer decimals) {
        this(id, title, description, area, unit, polarity, applies_to, period_type, publisher, source, licence, url, notes, decimals, null);
    }
}
