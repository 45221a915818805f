package uk.bestvalue.explorer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Financial years as the explorer writes them, 2023/24; "2023-24" reads the same. */
final class FinancialYear {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})[/-](\\d{2})");

    private FinancialYear() {
    }

    /** The normalised period, or null when the text is not a financial year. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            return null;
        }
        return m.group(1) + "/" + m.group(2);
    }
}
