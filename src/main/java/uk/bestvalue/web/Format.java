package uk.bestvalue.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write numbers and dates: the GOV.UK style, "1 April 2023" and "57,313". */
public final class Format {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Format() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** A stored ISO date as a form shows it for editing, 16/4/2024; anything else as it is, so nothing typed is lost. */
    public static String dateInput(String iso) {
        if (iso == null || iso.isBlank()) {
            return iso;
        }
        try {
            LocalDate date = LocalDate.parse(iso.strip());
            return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public static String number(Integer value) {
        return value == null ? "—" : NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** A metric value as published precision allows: one decimal place for percentages, up to three otherwise. */
    public static String value(Double value, String unit) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits("percent".equals(unit) ? 1 : Math.abs(value) < 10 ? 3 : 1);
        return format.format(value) + ("percent".equals(unit) ? "%" : "");
    }

    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    public static String quartile(Integer quartile, boolean ranked) {
        if (quartile == null) {
            return "—";
        }
        if (!ranked) {
            return switch (quartile) {
                case 1 -> "Highest quarter";
                case 2 -> "Upper middle";
                case 3 -> "Lower middle";
                default -> "Lowest quarter";
            };
        }
        return switch (quartile) {
            case 1 -> "Top quartile";
            case 2 -> "Second quartile";
            case 3 -> "Third quartile";
            default -> "Bottom quartile";
        };
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
