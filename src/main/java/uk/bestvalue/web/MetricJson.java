package uk.bestvalue.web;

import java.util.List;
import uk.bestvalue.explorer.Metric;

/** A metric with its provenance, as the API gives it. */
record MetricJson(String id, String title, String description, String unit, String polarity, String area, String publisher, String source,
                  String licence, List<String> appliesTo, String periodType, boolean generated, Integer decimals, String url, String notes, List<String> periods,
                  String href, String aggregation, Integer version) {

    static MetricJson of(Metric m, List<String> periods) {
        return of(m, periods, null);
    }

    /** With the version of its definition, where one metric is shown, so that a client can send it back when changing it. */
    static MetricJson of(Metric m, List<String> periods, Integer version) {
        return new MetricJson(m.id(), m.title(), m.description(), m.unit(), m.polarity().id(), m.area(), m.publisher(), m.source(), m.licence(),
                m.appliesTo().stream().map(t -> t.id()).sorted().toList(), m.periodType(), m.generated(), m.decimals(), m.url(), m.notes(), periods,
                "/api/v1/metrics/" + m.id(), m.aggregation(), version);
    }
}
