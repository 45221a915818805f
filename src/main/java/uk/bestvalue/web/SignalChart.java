package uk.bestvalue.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.warning.Condition;
import uk.bestvalue.warning.Flag;
import uk.bestvalue.warning.Observation;
import uk.bestvalue.warning.Rule;

/**
 * What a signal's small chart draws, from the flag's stored values: the authority's value in each
 * recent period and, where the rule has one, the line it is measured against (the threshold, or the
 * worst quartile's edge in its group). The table beside the chart shows the same numbers.
 */
public record SignalChart(List<Observation.Point> points, String referenceLabel, Double reference, String unit) {
    private static final ObjectMapper JSON = Json.mapper();

    public static SignalChart of(Flag flag, Rule rule) {
        Observation o = flag.observed();
        String label = null;
        Double reference = null;
        if (rule.condition() instanceof Condition.Threshold t) {
            label = t.below() != null ? "Threshold (below is flagged)" : "Threshold (above is flagged)";
            reference = t.below() != null ? t.below() : t.above();
        } else if (rule.condition() instanceof Condition.Position && o.group() != null) {
            boolean higherBetter = "higher_better".equals(o.polarity());
            label = (higherBetter ? "Lower quartile of " : "Upper quartile of ") + o.group().label() + " in " + o.period();
            reference = higherBetter ? o.group().lowerQuartile() : o.group().upperQuartile();
        }
        return new SignalChart(o.series(), label, reference, o.unit());
    }

    /** Whether there is anything to draw: a combination has no series of its own. */
    public boolean drawable() {
        return !points.isEmpty();
    }

    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("periods", points.stream().map(Observation.Point::period).toList());
        data.put("values", points.stream().map(Observation.Point::value).toList());
        data.put("referenceLabel", referenceLabel);
        data.put("reference", reference);
        try {
            return JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String number(Double n) {
        if (n == null) {
            return "No value";
        }
        String text = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK)).format(n);
        return "%".equals(unit) || "percent".equalsIgnoreCase(unit) ? text + "%" : unit == null || unit.isBlank() ? text : text + " " + unit;
    }
}
