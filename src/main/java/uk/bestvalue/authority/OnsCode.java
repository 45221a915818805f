package uk.bestvalue.authority;

import java.util.Locale;
import java.util.regex.Pattern;

/** An ONS GSS code such as E07000135: a letter for the nation, two digits for the entity, six more. */
public record OnsCode(String value) implements Comparable<OnsCode> {
    private static final Pattern SHAPE = Pattern.compile("[EWSNK]\\d{8}");

    public OnsCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an ONS GSS code (a letter E, W, S, N or K and 8 digits, e.g. E07000135)");
        }
    }

    /** Accepts surrounding blanks and lower case, as people type codes. */
    public static OnsCode parse(String text) {
        return new OnsCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(OnsCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
