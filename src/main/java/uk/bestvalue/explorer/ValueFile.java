package uk.bestvalue.explorer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import uk.bestvalue.period.Period;

/**
 * Reads a values file in one of the formats the explorer takes, told apart by the header:
 * <ul>
 *   <li>{@code long}: authority_code, metric, period, value[, status][, note] — one value per row;
 *       without a metric column, the metric is given with the import (as the tidy files are);</li>
 *   <li>{@code defra-recycling}: DEFRA ENV18 household recycling rates as extracted by Trafford Data
 *       Lab (area_code, area_name, period, indicator, measure, unit, value); English rows only;</li>
 *   <li>{@code oflog-asc}: Oflog's adult social care measures (Financial year, Local authority code, …, Code, Value, MEDIAN …).</li>
 * </ul>
 * Shape problems (a value that is not a number, a period that is not a financial year) are
 * collected with their row and column; nothing is checked against the database here.
 */
final class ValueFile {
    static final String RECYCLING_METRIC = "household-waste-recycling-rate";
    static final Map<String, String> OFLOG_CODES = Map.of(
            "ASC1", "asc-carer-quality-of-life",
            "ASC2", "asc-social-care-quality-of-life",
            "ASC3", "asc-ease-of-finding-information-users",
            "ASC4", "asc-ease-of-finding-information-carers",
            "ASC5", "asc-short-term-service-outcome",
            "ASC6", "asc-requests-resulting-in-service",
            "ASC7", "asc-workforce-turnover-rate");

    static final String RECYCLING_INDICATOR = "Waste Reused/Recycled/Composted";
    private static final java.util.regex.Pattern OTHER_NATION = java.util.regex.Pattern.compile("[WSNK]\\d{8}");

    record Parsed(String format, List<ValueRow> rows, List<ValueProblem> problems, int outsideScope, long read) {
        Parsed(String format, List<ValueRow> rows, List<ValueProblem> problems, int outsideScope) {
            this(format, rows, problems, outsideScope, 0);
        }
    }

    private ValueFile() {
    }

    static Parsed read(InputStream in, String givenMetric, LongConsumer progress) {
        return read(in, givenMetric, null, progress);
    }

    /** With a mapping, the file is wide: one row per authority, the mapped columns holding periods or metrics. */
    static Parsed read(InputStream in, String givenMetric, WideMapping mapping, LongConsumer progress) {
        List<ValueRow> rows = new ArrayList<>();
        List<ValueProblem> problems = new ProblemList();
        int outside = 0;
        String format = null;
        Map<String, Integer> header = null;
        long count = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(in)) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = header(record);
                    format = mapping != null ? "wide" : format(header);
                    if (mapping != null) {
                        List<String> absent = new ArrayList<>();
                        if (!header.containsKey(mapping.authorityColumn())) {
                            absent.add(mapping.authorityColumn());
                        }
                        for (String column : mapping.columns().keySet()) {
                            if (!header.containsKey(column)) {
                                absent.add(column);
                            }
                        }
                        for (String column : absent) {
                            problems.add(new ValueProblem(record.getStartingLineNumber(), column, "the mapping names this column but the header has no such column"));
                        }
                        if (!absent.isEmpty()) {
                            return new Parsed(format, rows, problems, 0);
                        }
                        continue;
                    }
                    if (format == null) {
                        problems.add(new ValueProblem(1, "", "the header is not one the importer knows; a long file needs the columns "
                                + "authority_code, metric (unless the metric is chosen for the whole file), period and value"
                                + (looksLikeWorkbook(header.keySet()) ? ". This looks like a workbook saved with a .csv name: "
                                + "upload it as .xlsx or .ods, or save it as CSV from the spreadsheet program" : "")));
                        return new Parsed("unknown", rows, problems, 0);
                    }
                    if (format.equals("long") && !header.containsKey("metric") && givenMetric == null) {
                        problems.add(new ValueProblem(1, "metric", "the file has no metric column; name the metric with --metric"));
                        return new Parsed(format, rows, problems, 0);
                    }
                    continue;
                }
                if (++count % 50_000 == 0 && progress != null) {
                    progress.accept(count);
                }
                Row row = new Row(record, header);
                if (runsOverLines(row, problems)) {
                    continue;
                }
                String code = row.get(format.equals("wide") ? mapping.authorityColumn() : format.equals("oflog-asc") ? "local authority code"
                        : format.equals("defra-recycling") ? "area_code" : "authority_code");
                if (code != null && OTHER_NATION.matcher(code.strip().toUpperCase(Locale.ROOT)).matches()) {
                    outside++;
                    continue;
                }
                switch (format) {
                    case "wide" -> {
                        for (Map.Entry<String, String> column : mapping.columns().entrySet()) {
                            String metric = mapping.columnsArePeriods() ? mapping.metric() : column.getValue();
                            String period = mapping.columnsArePeriods() ? column.getValue() : mapping.period();
                            rows.add(value(row, problems, metric, row.get(mapping.authorityColumn()), period, row.get(column.getKey()), null, null,
                                    column.getKey()));
                        }
                    }
                    case "defra-recycling" -> {
                        // The file names its measure in the indicator column; a file that only looks like this one
                        // (another indicator) lands in the metric the user names, or is refused: never guessed.
                        String indicator = row.get("indicator") == null ? "" : row.get("indicator").strip();
                        String metric = givenMetric != null ? givenMetric : indicator.equals(RECYCLING_INDICATOR) ? RECYCLING_METRIC : null;
                        if (metric == null) {
                            problems.add(new ValueProblem(row.line(), "indicator", "'" + indicator + "' is not an indicator the importer knows;"
                                    + " name the metric with --metric or read the file with a recipe"));
                            continue;
                        }
                        rows.add(value(row, problems, metric, code, row.get("period"), row.get("value"), null, null));
                    }
                    case "oflog-asc" -> {
                        String metric = OFLOG_CODES.get(row.get("code"));
                        if (metric == null) {
                            problems.add(new ValueProblem(row.line(), "Code", "'" + row.get("code") + "' is not one of Oflog's ASC1 to ASC7"));
                            continue;
                        }
                        rows.add(value(row, problems, metric, row.get("local authority code"), row.get("financial year"), row.get("value"),
                                null, null));
                    }
                    default -> rows.add(value(row, problems, header.containsKey("metric") ? row.get("metric") : givenMetric,
                            row.get("authority_code"), row.get("period"), row.get("value"), row.get("status"), row.get("note")));
                }
            }
        } catch (CsvParseException e) {
            problems.add(new ValueProblem(count + 2, "", "the file is not valid CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Could not read the file: " + e.getCause().getMessage(), e.getCause());
        }
        if (header == null) {
            problems.add(new ValueProblem(1, "", "the file is empty, or has no line the importer can read as a header"));
        }
        rows.removeIf(r -> r == null);
        return new Parsed(format == null ? "unknown" : format, rows, problems, outside, count);
    }

    private static ValueRow value(Row row, List<ValueProblem> problems, String metric, String authority, String periodText,
                                  String valueText, String statusText, String note) {
        return value(row, problems, metric, authority, periodText, valueText, statusText, note, "value");
    }

    private static ValueRow value(Row row, List<ValueProblem> problems, String metric, String authority, String periodText,
                                  String valueText, String statusText, String note, String valueColumn) {
        long before = ProblemList.count(problems);
        String period = Period.tryParse(periodText).map(Period::value).orElse(null);
        if (period == null) {
            problems.add(new ValueProblem(row.line(), "period", "'" + periodText + "' is not a period such as 2023/24, 2023 or 2025-04-30"));
        }
        ValueStatus status = null;
        if (statusText != null && !statusText.isBlank()) {
            status = ValueStatus.fromId(statusText.strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (status == null) {
                problems.add(new ValueProblem(row.line(), "status", "'" + statusText + "' is not a status; use ok, provisional, suppressed, "
                        + "not_applicable or missing"));
            }
        }
        java.math.BigDecimal value = null;
        String text = valueText == null ? "" : valueText.strip();
        if (!text.isEmpty() && !text.equalsIgnoreCase("NA") && !text.equals("..") && !text.startsWith("[") && !text.equalsIgnoreCase("x")
                && !text.equals("-") && !text.equals(":")) {
            try {
                value = Numbers.parse(text, false);
            } catch (NumberFormatException e) {
                problems.add(new ValueProblem(row.line(), valueColumn, e.getMessage()));
            }
        }
        if (status == null) {
            status = value == null ? ValueStatus.MISSING : ValueStatus.OK;
        } else if (status.usable() && value == null && ProblemList.count(problems) == before) {
            problems.add(new ValueProblem(row.line(), "value", "a value with status " + status.id() + " needs a number"));
        }
        if (metric == null || metric.isBlank()) {
            problems.add(new ValueProblem(row.line(), "metric", "is blank"));
        }
        if (ProblemList.count(problems) > before) {
            return null;
        }
        String finalNote = note == null || note.isBlank() ? (value == null && !text.isEmpty() ? "'" + text + "' in the source" : null) : note.strip();
        return new ValueRow(row.line(), metric.strip(), authority == null ? "" : authority.strip().toUpperCase(Locale.ROOT), period, value,
                status, finalNote);
    }

    /**
     * A field holding a line break means a quote was opened and not closed: the reader has swallowed the
     * rows that follow into one field. That is a problem on the row where it began, never a silent note.
     */
    private static boolean runsOverLines(Row row, List<ValueProblem> problems) {
        CsvRecord record = row.record();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String field = record.getField(i);
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                int index = i;
                String column = row.header().entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                        .orElse("column " + (i + 1));
                long lines = field.chars().filter(c -> c == '\n').count();
                problems.add(new ValueProblem(row.line(), column, "a quoted field runs over " + (lines + 1)
                        + " lines: is its closing quote missing?"));
                return true;
            }
        }
        return false;
    }

    /** A zip file (an .xlsx or .ods workbook) read as text starts with PK and its first entry's name. */
    private static boolean looksLikeWorkbook(java.util.Set<String> header) {
        return header.stream().anyMatch(h -> h.startsWith("pk\u0003\u0004") || h.startsWith("PK\u0003\u0004") || h.contains("[content_types].xml")
                || h.contains("mimetypeapplication/vnd.oasis"));
    }

    private static Map<String, Integer> header(CsvRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            columns.putIfAbsent(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String alias : List.of("area_code", "code", "ons_code", "gss_code")) {
            if (!columns.containsKey("authority_code") && columns.containsKey(alias) && !columns.containsKey("local authority code")
                    && !columns.containsKey("area_name")) {
                columns.put("authority_code", columns.get(alias));
            }
        }
        if (!columns.containsKey("metric") && columns.containsKey("metric_id")) {
            columns.put("metric", columns.get("metric_id"));
        }
        return columns;
    }

    private static String format(Map<String, Integer> header) {
        if (header.keySet().containsAll(List.of("area_code", "area_name", "period", "indicator", "value"))) {
            return "defra-recycling";
        }
        if (header.keySet().containsAll(List.of("financial year", "local authority code", "code", "value", "median"))) {
            return "oflog-asc";
        }
        if (header.keySet().containsAll(List.of("authority_code", "period", "value"))) {
            return "long";
        }
        return null;
    }

    private record Row(CsvRecord record, Map<String, Integer> header) {
        String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= record.getFieldCount() ? null : record.getField(index);
        }

        long line() {
            return record.getStartingLineNumber();
        }
    }
}
