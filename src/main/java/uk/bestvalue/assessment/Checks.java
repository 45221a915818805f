package uk.bestvalue.assessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;

/** Collects every problem with an input before anything is saved, then fails once with all of them. */
final class Checks {
    static final int TITLE = 300;
    static final int NAME = 200;
    static final int TEXT = 4000;
    static final int NARRATIVE = 20000;
    /** Dates outside these years are typing mistakes (and PostgreSQL would store some as infinity). */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    /** ISO dates from the API and files; day/month/year as people type them in forms. */
    private static final List<DateTimeFormatter> DATE_FORMATS = uk.bestvalue.Dates.FORMATS;

    private final List<FieldError> errors;
    private final String prefix;

    Checks() {
        this(new ArrayList<>(), "");
    }

    private Checks(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** Checks of a nested part of the input, whose problems are named under {@code path}, e.g. "evidence[2]". */
    Checks at(String path) {
        return new Checks(errors, prefix + path + ".");
    }

    String required(String field, String value, int max) {
        String text = trimmed(value);
        if (text == null) {
            errors.add(new FieldError(prefix + field, "is required"));
            return null;
        }
        return length(field, text, max);
    }

    /** A required field whose absence is told in the words given, e.g. "Enter the evidence title". */
    String required(String field, String value, int max, String whenMissing) {
        String text = trimmed(value);
        if (text == null) {
            errors.add(new FieldError(prefix + field, whenMissing));
            return null;
        }
        return length(field, text, max);
    }

    String optional(String field, String value, int max) {
        String text = trimmed(value);
        return text == null ? null : length(field, text, max);
    }

    LocalDate date(String field, String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    errors.add(new FieldError(prefix + field, "must be a date between " + FIRST_YEAR + " and " + LAST_YEAR));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        errors.add(new FieldError(prefix + field, "'" + shortened(text) + "' is not a date; write it as 31/3/2025 or 2025-03-31"));
        return null;
    }

    String link(String field, String value) {
        String text = optional(field, value, 1000);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                errors.add(new FieldError(prefix + field, "must be a web address starting http:// or https://"));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError(prefix + field, "'" + shortened(text) + "' is not a web address"));
        }
        return text;
    }

    void fail(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Throws {@link Invalid} naming every problem found, if there was any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    private String length(String field, String text, int max) {
        if (text.length() > max) {
            errors.add(new FieldError(prefix + field, "must be " + max + " characters or fewer, got " + text.length()));
        }
        return text;
    }

    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
