package uk.bestvalue.assessment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial year such as 2023/24 (April to March); "2023-24" is read the same way. */
public record Period(String value) implements Comparable<Period> {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})[/-](\\d{2})");

    public Period {
        Matcher m = value == null ? null : SHAPE.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a financial year such as 2023/24");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("'" + value + "' is not a financial year: " + start + " is followed by "
                    + String.format("%02d", (start + 1) % 100));
        }
        if (start < 2000 || start > 2099) {
            throw new IllegalArgumentException("'" + value + "' is outside the years this product handles (2000/01 to 2099/00)");
        }
        value = m.group(1) + "/" + m.group(2);
    }

    public static boolean isValid(String text) {
        try {
            new Period(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public int startYear() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public Period next() {
        int start = startYear() + 1;
        return new Period(start + "/" + String.format("%02d", (start + 1) % 100));
    }

    @Override
    public int compareTo(Period other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
