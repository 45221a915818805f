package uk.bestvalue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * How the product reads a date someone typed: day/month/year as people write them in forms
 * (31/12/2026), or ISO (2026-12-31) from the API and files. Strict, so 31/2/2026 is not a date.
 */
public final class Dates {
    /** ISO first, then day/month/year. */
    public static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private Dates() {
    }

    /** The date the text names in one of the {@link #FORMATS}, or empty when it names none. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
