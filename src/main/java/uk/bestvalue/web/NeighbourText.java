package uk.bestvalue.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.bestvalue.neighbours.NeighbourList;

/** How the neighbours' figures read on a page: "IMD 2019 average score 21.4 and 22.0". */
public final class NeighbourText {
    private NeighbourText() {
    }

    /** A figure to three significant places at most, with thousands separated: 57,313; 2,107.5; 0.412. */
    public static String figure(double value) {
        double size = Math.abs(value);
        String pattern = size >= 1000 ? "#,##0" : size >= 100 ? "#,##0.#" : size >= 1 ? "#,##0.0#" : "0.0##";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** Each indicator with both councils' figures, the focus council's first. */
    public static String differences(List<NeighbourList.Difference> differences) {
        return differences.stream().map(d -> d.title() + " (" + figure(d.mine()) + " and " + figure(d.theirs()) + ")")
                .collect(Collectors.joining("; "));
    }

    public static String distance(Double distance) {
        return distance == null ? "not published" : String.format(Locale.ROOT, "%.2f", distance);
    }
}
