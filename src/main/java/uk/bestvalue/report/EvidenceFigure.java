package uk.bestvalue.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A figure from the performance data explorer carried by an evidence item: the council's value for
 * a metric and period, its group's median and quartiles, its rank, and the data's source and licence,
 * as they stood when the figure was chosen.
 */
public record EvidenceFigure(long id, long evidenceId, String metricId, String metricTitle, String unit, String period, String groupLabel,
                             Double value, Double median, Double lowerQuartile, Double upperQuartile, Integer rank, int groupSize,
                             String source, String licence, LocalDateTime addedAt) {

    public String valueText() {
        return number(value);
    }

    public String medianText() {
        return number(median);
    }

    /** "40.1 to 48.9", the middle half of the group. */
    public String quartilesText() {
        return lowerQuartile == null || upperQuartile == null ? "–" : number(lowerQuartile) + " to " + number(upperQuartile);
    }

    public String rankText() {
        return rank == null ? "Not ranked" : rank + " of " + groupSize;
    }

    public String sourceText() {
        String s = source == null || source.isBlank() ? "Source not recorded" : source;
        return licence == null || licence.isBlank() ? s : s + ". Licence: " + licence;
    }

    private String number(Double n) {
        if (n == null) {
            return "No value";
        }
        String text = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
        return "%".equals(unit) || "percent".equalsIgnoreCase(unit) ? text + "%" : unit == null || unit.isBlank() ? text : text + " " + unit;
    }
}
