package uk.bestvalue.period;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a value is reported for: a financial year (April to March), a calendar year, a calendar
 * quarter, a month, a single date, or a rolling window of whole months ending on a date.
 *
 * <p>It reads the forms publishers write ({@code 2023/24}, {@code 2023-24}, {@code FYE 2024},
 * {@code 2023}, {@code 2023 Q2}, {@code June 2023}, {@code 2025-04-30}, ISO 8601 intervals such as
 * {@code 2001-04-01/P1Y}, {@code 24 months to 2025-09-30}) and is written one way only, its
 * {@link #toString()}, which is also how it is stored. Periods sort by kind, then in time; two periods
 * of different kinds are never before or after one another in any meaningful sense, so callers that
 * compare values over time check {@link #sameTypeAs(Period)} first.
 */
public final class Period implements Comparable<Period> {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::type).thenComparing(Period::end).thenComparing(Period::start);

    private static final Pattern FINANCIAL = Pattern.compile("(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR_ENDING = Pattern.compile("(?:FYE|FY\\s*ending|year\\s*ending\\s*March)\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*[- ]?\\s*Q([1-4])|Q([1-4])\\s*[- ]?\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAMED = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_ONS = Pattern.compile("(\\d{4})\\s*M(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DATE_UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/P(\\d{1,3})([YM])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLING = Pattern.compile("(\\d{1,3})\\s+months?\\s+(?:to|ending)\\s+(.+)", Pattern.CASE_INSENSITIVE);

    private final PeriodType type;
    private final LocalDate start;
    private final LocalDate end;

    private Period(PeriodType type, LocalDate start, LocalDate end) {
        this.type = type;
        this.start = start;
        this.end = end;
    }

    public static Period financialYear(int startYear) {
        checkYear(startYear, String.valueOf(startYear));
        return new Period(PeriodType.FINANCIAL_YEAR, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    public static Period calendarYear(int year) {
        checkYear(year, String.valueOf(year));
        return new Period(PeriodType.CALENDAR_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        checkYear(year, year + " Q" + quarter);
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(PeriodType.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        checkYear(year, year + "-" + month);
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(PeriodType.MONTH, first, first.plusMonths(1).minusDays(1));
    }

    public static Period date(LocalDate date) {
        checkYear(date.getYear(), date.toString());
        return new Period(PeriodType.DATE, date, date);
    }

    /** The whole months up to and including {@code end}, e.g. the 24 months to 30 September 2025. */
    public static Period rolling(int months, LocalDate end) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("a rolling window must be 1 to 120 months long, not " + months);
        }
        checkYear(end.getYear(), end.toString());
        return new Period(PeriodType.ROLLING, end.plusDays(1).minusMonths(months), end);
    }

    /** Reads any of the forms publishers use, or fails with a message that says what was expected. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Period parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("'" + (text == null ? "" : text.strip())
                + "' is not a period such as 2023/24, FYE 2024, 2023, 2023 Q2, June 2023, 2025-04-30 or 24 months to 2025-09-30"));
    }

    /** Reads a period that must be of the given kind, or fails saying which kind was expected. */
    public static Period parse(String text, PeriodType expected) {
        Optional<Period> period = tryParse(text);
        if (period.isEmpty() || period.get().type != expected) {
            throw new IllegalArgumentException("'" + (text == null ? "" : text.strip()) + "' is not a " + expected.label() + " such as "
                    + expected.example() + (period.isPresent() ? " (it reads as a " + period.get().type.label() + ")" : ""));
        }
        return period.get();
    }

    /** A financial year such as 2023/24; "2023-24" and "FYE 2024" read the same. */
    public static Period financialYear(String text) {
        return parse(text, PeriodType.FINANCIAL_YEAR);
    }

    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    public static Optional<Period> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u2013', '-');
        if (t.isEmpty() || t.length() > 60) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(t));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Period read(String t) {
        Matcher m;
        if ((m = INTERVAL.matcher(t)).matches()) {
            LocalDate from = LocalDate.parse(m.group(1));
            int months = Integer.parseInt(m.group(2)) * (m.group(3).equalsIgnoreCase("Y") ? 12 : 1);
            return ofSpan(from, months);
        }
        if ((m = ROLLING.matcher(t)).matches()) {
            Period end = read(m.group(2).strip());
            if (end == null || (end.type != PeriodType.DATE && end.type != PeriodType.MONTH)) {
                return null;
            }
            return rolling(Integer.parseInt(m.group(1)), end.end);
        }
        if ((m = DATE_ISO.matcher(t)).matches()) {
            return date(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if ((m = DATE_UK.matcher(t)).matches()) {
            return date(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        if ((m = FINANCIAL.matcher(t)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean follows = m.group(2).length() == 2 ? (first + 1) % 100 == second : first + 1 == second;
            return follows ? financialYear(first) : null;
        }
        if ((m = YEAR_ENDING.matcher(t)).matches()) {
            return financialYear(Integer.parseInt(m.group(1)) - 1);
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return calendarYear(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return m.group(1) != null ? quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : quarter(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
        }
        if ((m = MONTH_ONS.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_NAMED.matcher(t)).matches()) {
            Month month = monthNamed(m.group(1));
            return month == null ? null : month(Integer.parseInt(m.group(2)), month.getValue());
        }
        return null;
    }

    /** An ISO 8601 interval start/PnY or start/PnM, named by the kind it amounts to. */
    private static Period ofSpan(LocalDate from, int months) {
        if (from.getDayOfMonth() == 1) {
            if (months == 12 && from.getMonthValue() == 4) {
                return financialYear(from.getYear());
            }
            if (months == 12 && from.getMonthValue() == 1) {
                return calendarYear(from.getYear());
            }
            if (months == 3 && (from.getMonthValue() - 1) % 3 == 0) {
                return quarter(from.getYear(), (from.getMonthValue() - 1) / 3 + 1);
            }
            if (months == 1) {
                return month(from.getYear(), from.getMonthValue());
            }
        }
        return rolling(months, from.plusMonths(months).minusDays(1));
    }

    private static Month monthNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() == 3 && full.startsWith(n)) || (n.equals("sept") && month == Month.SEPTEMBER)) {
                return month;
            }
        }
        return null;
    }

    private static void checkYear(int year, String text) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("'" + text + "' is outside the years this product handles (" + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
    }

    public PeriodType type() {
        return type;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return start;
    }

    /** The last day of the period, included. */
    public LocalDate end() {
        return end;
    }

    /** The year the period starts in: 2023 for 2023/24. */
    public int startYear() {
        return start.getYear();
    }

    /** The period of the same kind and length that follows this one. */
    public Period next() {
        return switch (type) {
            case FINANCIAL_YEAR -> financialYear(startYear() + 1);
            case CALENDAR_YEAR -> calendarYear(startYear() + 1);
            case QUARTER -> quarter(start.plusMonths(3).getYear(), (start.plusMonths(3).getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(start.plusMonths(1).getYear(), start.plusMonths(1).getMonthValue());
            case DATE -> date(start.plusDays(1));
            case ROLLING -> rolling(months(), end.plusDays(1).plusMonths(1).minusDays(1));
        };
    }

    /** The length in whole months (0 for a date). */
    public int months() {
        return type == PeriodType.DATE ? 0 : (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    public boolean sameTypeAs(Period other) {
        return other != null && type == other.type && months() == other.months();
    }

    /** Whether any day of the period falls between the two dates (either may be null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !start.isAfter(to)) && (from == null || !end.isBefore(from));
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.type == type && p.start.equals(start) && p.end.equals(end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, start, end);
    }

    /** The period as it is written and stored, e.g. 2023/24; also its JSON form. */
    @JsonValue
    public String value() {
        return toString();
    }

    /**
     * The period as a reader says it: as written, except that a date reads 24 March 2026 rather than
     * 2026-03-24 (also in a rolling window, 24 months to 30 September 2025).
     */
    public String label() {
        return switch (type) {
            case DATE -> spoken(start);
            case ROLLING -> months() + " months to " + spoken(end);
            default -> toString();
        };
    }

    /** The label of a period given as text, or the text itself when it is not a period (never fails: for display). */
    public static String label(String text) {
        return text == null ? null : tryParse(text).map(Period::label).orElse(text);
    }

    private static String spoken(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear();
    }

    /** The one way a period is written: 2023/24, 2023, 2023 Q2, June 2023, 2025-04-30, 24 months to 2025-09-30. */
    @Override
    public String toString() {
        return switch (type) {
            case FINANCIAL_YEAR -> startYear() + "/" + String.format("%02d", (startYear() + 1) % 100);
            case CALENDAR_YEAR -> String.valueOf(startYear());
            case QUARTER -> startYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + startYear();
            case DATE -> start.toString();
            case ROLLING -> months() + " months to " + end;
        };
    }
}
