package uk.bestvalue.period;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of period publishers report over. Periods of different kinds are never compared with each other. */
public enum PeriodType {
    FINANCIAL_YEAR("financial_year", "financial year", "2023/24"),
    CALENDAR_YEAR("calendar_year", "calendar year", "2023"),
    QUARTER("quarter", "quarter", "2023 Q2"),
    MONTH("month", "month", "2023-06"),
    DATE("date", "date", "2025-04-30"),
    ROLLING("rolling", "rolling window", "24 months to 2025-09-30");

    private final String id;
    private final String label;
    private final String example;

    PeriodType(String id, String label, String example) {
        this.id = id;
        this.label = label;
        this.example = example;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** How a period of this kind is written, for messages. */
    public String example() {
        return example;
    }

    public static Optional<PeriodType> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }
}
