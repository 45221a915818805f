package uk.bestvalue;

import java.util.regex.Pattern;

/**
 * A cell of a CSV download made safe to open in a spreadsheet (OWASP, "CSV Injection"): text
 * that begins with {@code = + - @}, a tab or a carriage return would be run as a formula, so it is
 * prefixed with an apostrophe, which spreadsheets show as text. Numbers such as {@code -3.5} stay
 * numbers.
 */
public final class CsvCell {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCell() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
