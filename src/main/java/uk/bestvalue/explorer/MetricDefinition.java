package uk.bestvalue.explorer;

import java.util.List;

/**
 * A metric as a person or a file describes it, before it is checked: the fields of a metric definition
 * file (format bestvalue-metrics/1), of the API's body and of the metric form. Names match the file's keys.
 */
public record MetricDefinition(String id, String title, String description, String area, String unit, String polarity,
                               List<String> applies_to, String period_type, String publisher, String source, String licence,
                               String url, String notes, Integer decimals, String aggregation) {

    public MetricDefinition(String id, String title, String description, String area, String unit, String polarity, List<String> applies_to,
                            String period_type, String publisher, String source, String licence, String url, String notes, Integer decimals) {
        this(id, title, description, area, unit, polarity, applies_to, period_type, publisher, source, licence, url, notes, decimals, null);
    }
}
