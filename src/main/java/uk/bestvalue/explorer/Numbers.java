package uk.bestvalue.explorer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a published figure strictly. Only plain decimals are numbers: no decimal commas ("1,5"), no
 * hexadecimal ("0x1p3"), no Java suffixes ("7d", "2L"), no "NaN" or "Infinity", and no thousands
 * separators unless the reader allows them, and then only in their proper places ("1,234,567.8").
 * Anything else is a problem the caller reports with its row and column, never a guess.
 */
final class Numbers {
    /** Larger figures are not published per authority; refusing them keeps statistics finite. */
    static final BigDecimal LIMIT = new BigDecimal("1e15");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d{1,2}|[+-]?\\d+,\\d{4,}");

    private Numbers() {
    }

    /** The number, or an exception whose message says what is wrong with the text. */
    static BigDecimal parse(String text, boolean thousandsAllowed) {
        String t = text.strip();
        if (PLAIN.matcher(t).matches()) {
            return bounded(new BigDecimal(t), text);
        }
        if (GROUPED.matcher(t).matches()) {
            if (!thousandsAllowed) {
                throw new NumberFormatException("'" + text + "' has thousands separators, which this file may not use; write "
                        + t.replace(",", "") + " (or allow thousands separators in the recipe)");
            }
            return bounded(new BigDecimal(t.replace(",", "")), text);
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            throw new NumberFormatException("'" + text + "' has a decimal comma; write " + t.replace(',', '.'));
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            throw new NumberFormatException("'" + text + "' is not a finite number");
        }
        if (lower.startsWith("0x") || lower.startsWith("-0x") || lower.startsWith("+0x")) {
            throw new NumberFormatException("'" + text + "' is hexadecimal, not a decimal number");
        }
        throw new NumberFormatException("'" + text + "' is not a number");
    }

    private static BigDecimal bounded(BigDecimal value, String text) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new NumberFormatException("'" + text + "' is too large to be a published figure (at most 15 digits before the point)");
        }
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        return plain;
    }
}
