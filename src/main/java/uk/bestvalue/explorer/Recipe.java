package uk.bestvalue.explorer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.period.Period;

/**
 * How to read one publisher's file (format bestvalue-recipe/1, docs/formats.md): which sheet and
 * header row, which columns hold the authority's code, the period and the values, which rows to keep,
 * which metric each value lands in, how to scale it and what the publisher's missing-value codes mean.
 * A value lands in a metric the recipe names, never one guessed from a header.
 */
record Recipe(String title, TableRows.Kind reads, String sheet, int headerRow, String code, CodeKind codeKind, String name, String period,
              String fixedPeriod, Pattern periodFromFileName, Pattern periodColumns, List<ValueColumn> values, String dimension, Map<String, String> dimensionMetrics,
              List<Filter> filters, boolean thousands, Map<String, ValueStatus> missing, String note) {

    /** What the code column holds: ONS (GSS) codes, or mySociety's register codes (OAD), which the register turns into ONS codes. */
    enum CodeKind {
        ONS, REGISTER
    }

    /**
     * One value column: the metric it lands in, a scale, and optionally another column of the same row it is
     * divided by (a share or a rate per km²), with the number of places a computed figure is rounded to.
     */
    record ValueColumn(String column, String metric, BigDecimal scale, String divideBy, Integer round) {
        ValueColumn(String column, String metric, BigDecimal scale) {
            this(column, metric, scale, null, null);
        }
    }

    record Filter(String column, List<String> in, Pattern matches, boolean keep) {
        boolean accepts(String cell) {
            String value = cell == null ? "" : cell.strip();
            boolean hit = in != null ? in.contains(value) : matches.matcher(value).matches();
            return hit == keep;
        }
    }

    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, ValueStatus> MEANINGS = Map.of("not available", ValueStatus.MISSING, "missing", ValueStatus.MISSING,
            "not applicable", ValueStatus.NOT_APPLICABLE, "suppressed", ValueStatus.SUPPRESSED, "provisional", ValueStatus.PROVISIONAL);

    record FilterFile(String column, List<String> in, List<String> not_in, String matches, String not_matches) {
    }

    record ValueFile(String column, String metric, BigDecimal scale, String divide_by, Integer round) {
    }

    record DimensionFile(String column, Map<String, String> metrics) {
    }

    record RecipeFile(String format, String title, String reads, String sheet, Integer header_row, String code, String code_kind, String name,
                      String period,
                      String period_value, String period_from_file_name, String period_columns, String metric, String value, BigDecimal scale,
                      Integer round, List<ValueFile> values, DimensionFile dimension, List<FilterFile> filters, Boolean thousands, Map<String, String> missing, String note) {
    }

    /** Reads and checks a recipe; every problem is named by its field ("recipe.values[2].metric"). */
    static Recipe parse(String yaml) {
        RecipeFile f;
        try {
            f = YAML.readValue(yaml, RecipeFile.class);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? " (line " + j.getLocation().getLineNr() + ")" : "";
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new Invalid("recipe", "the recipe cannot be read" + where + ": " + message);
        }
        if (f == null) {
            throw new Invalid("recipe", "the recipe is empty");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!"bestvalue-recipe/1".equals(f.format())) {
            errors.add(new FieldError("recipe.format", "must be bestvalue-recipe/1"));
        }
        TableRows.Kind reads = null;
        if (f.reads() != null) {
            reads = TableRows.Kind.fromId(f.reads());
            if (reads == null) {
                errors.add(new FieldError("recipe.reads", "'" + f.reads() + "' is not csv, xlsx or ods"));
            }
        }
        if (f.header_row() != null && f.header_row() < 1) {
            errors.add(new FieldError("recipe.header_row", "must be 1 or more"));
        }
        if (blank(f.code())) {
            errors.add(new FieldError("recipe.code", "name the column that holds the authorities' ONS codes"));
        }
        CodeKind codeKind = CodeKind.ONS;
        if (!blank(f.code_kind())) {
            switch (f.code_kind().strip().toLowerCase(Locale.ROOT)) {
                case "ons" -> codeKind = CodeKind.ONS;
                case "register" -> codeKind = CodeKind.REGISTER;
                default -> errors.add(new FieldError("recipe.code_kind", "'" + f.code_kind() + "' is not ons (GSS codes such as E07000135)"
                        + " or register (mySociety's register codes such as OAD)"));
            }
        }
        boolean wide = !blank(f.period_columns());
        int periodWays = (blank(f.period()) ? 0 : 1) + (blank(f.period_value()) ? 0 : 1) + (blank(f.period_from_file_name()) ? 0 : 1)
                + (wide ? 1 : 0);
        if (periodWays != 1) {
            errors.add(new FieldError("recipe.period", "give exactly one of period (a column), period_value (one period for every row),"
                    + " period_from_file_name (a pattern whose first group is the period) or period_columns (a pattern matching the"
                    + " headers of the columns that each hold one period)"));
        }
        Pattern periodColumns = wide ? pattern(errors, "recipe.period_columns", f.period_columns()) : null;
        if (f.round() != null && (f.round() < 0 || f.round() > 12)) {
            errors.add(new FieldError("recipe.round", "round to 0 to 12 decimal places"));
        }
        if (!blank(f.period_value()) && !Period.isValid(f.period_value())) {
            errors.add(new FieldError("recipe.period_value", "'" + f.period_value() + "' is not a period such as 2023/24 or 2023"));
        }
        Pattern fromName = null;
        if (!blank(f.period_from_file_name())) {
            fromName = pattern(errors, "recipe.period_from_file_name", f.period_from_file_name());
        }
        List<ValueColumn> values = new ArrayList<>();
        String dimension = null;
        Map<String, String> dimensionMetrics = new LinkedHashMap<>();
        BigDecimal scale = f.scale() == null ? BigDecimal.ONE : f.scale();
        int valueWays = (blank(f.value()) ? 0 : 1) + (f.values() == null || f.values().isEmpty() ? 0 : 1);
        if (wide) {
            // A wide sheet: every column whose header matches is one period's values of one metric (or of the row's dimension).
            if (valueWays != 0) {
                errors.add(new FieldError("recipe.period_columns", "with period_columns every matching column holds values; leave value and values out"));
            }
            dimension = dimension(f, errors, dimensionMetrics);
            if (dimension == null && blank(f.metric()) && f.dimension() == null) {
                errors.add(new FieldError("recipe.metric", "name the metric the period columns hold, or a dimension whose values name metrics"));
            }
            values.add(new ValueColumn(null, blank(f.metric()) ? null : f.metric().strip(), scale, null, f.round()));
        } else if (valueWays != 1) {
            errors.add(new FieldError("recipe.value", "give value (one column, with metric or a dimension) or values (a list of columns, each with its metric)"));
        } else if (!blank(f.value())) {
            dimension = dimension(f, errors, dimensionMetrics);
            values.add(new ValueColumn(f.value().strip(), blank(f.metric()) ? null : f.metric().strip(), scale, null, f.round()));
        } else {
            for (int i = 0; i < f.values().size(); i++) {
                ValueFile v = f.values().get(i);
                if (v == null || blank(v.column()) || blank(v.metric())) {
                    errors.add(new FieldError("recipe.values[" + (i + 1) + "]", "give the column and the metric it holds"));
                    continue;
                }
                if (v.round() != null && (v.round() < 0 || v.round() > 12)) {
                    errors.add(new FieldError("recipe.values[" + (i + 1) + "].round", "round to 0 to 12 decimal places"));
                }
                if (v.divide_by() != null && v.divide_by().isBlank()) {
                    errors.add(new FieldError("recipe.values[" + (i + 1) + "].divide_by", "name the column to divide by, or leave divide_by out"));
                }
                values.add(new ValueColumn(v.column().strip(), v.metric().strip(), v.scale() == null ? scale : v.scale(),
                        blank(v.divide_by()) ? null : v.divide_by().strip(), v.round() == null ? f.round() : v.round()));
            }
        }
        List<Filter> filters = new ArrayList<>();
        if (f.filters() != null) {
            for (int i = 0; i < f.filters().size(); i++) {
                FilterFile ff = f.filters().get(i);
                String field = "recipe.filters[" + (i + 1) + "]";
                int ways = (ff.in() == null ? 0 : 1) + (ff.not_in() == null ? 0 : 1) + (blank(ff.matches()) ? 0 : 1) + (blank(ff.not_matches()) ? 0 : 1);
                if (blank(ff.column()) || ways != 1) {
                    errors.add(new FieldError(field, "give a column and one of in, not_in, matches or not_matches"));
                    continue;
                }
                if (ff.in() != null || ff.not_in() != null) {
                    List<String> list = (ff.in() != null ? ff.in() : ff.not_in()).stream().map(s -> s == null ? "" : s.strip()).toList();
                    filters.add(new Filter(ff.column().strip(), list, null, ff.in() != null));
                } else {
                    Pattern p = pattern(errors, field, ff.matches() != null ? ff.matches() : ff.not_matches());
                    filters.add(new Filter(ff.column().strip(), null, p, ff.matches() != null));
                }
            }
        }
        Map<String, ValueStatus> missing = new LinkedHashMap<>();
        if (f.missing() != null) {
            f.missing().forEach((codeText, meaning) -> {
                ValueStatus status = meaning == null ? null : MEANINGS.get(meaning.strip().toLowerCase(Locale.ROOT));
                if (status == null) {
                    errors.add(new FieldError("recipe.missing." + codeText, "'" + meaning + "' is not a meaning; use not available, not applicable or suppressed"));
                } else {
                    missing.put(codeText.strip(), status);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Recipe(f.title(), reads, blank(f.sheet()) ? null : f.sheet().strip(), f.header_row() == null ? 1 : f.header_row(),
                f.code().strip(), codeKind, blank(f.name()) ? null : f.name().strip(), blank(f.period()) ? null : f.period().strip(),
                blank(f.period_value()) ? null : Period.parse(f.period_value()).value(), fromName, periodColumns, List.copyOf(values), dimension,
                Map.copyOf(dimensionMetrics), List.copyOf(filters), Boolean.TRUE.equals(f.thousands()), Map.copyOf(missing),
                blank(f.note()) ? null : f.note().strip());
    }

    /** Every column the recipe reads, to check against the header. */
    List<String> columns() {
        List<String> all = new ArrayList<>();
        all.add(code);
        if (name != null) {
            all.add(name);
        }
        if (period != null) {
            all.add(period);
        }
        values.forEach(v -> {
            if (v.column() != null) {
                all.add(v.column());
            }
            if (v.divideBy() != null) {
                all.add(v.divideBy());
            }
        });
        if (dimension != null) {
            all.add(dimension);
        }
        filters.forEach(f -> all.add(f.column()));
        if (note != null) {
            all.add(note);
        }
        return all;
    }

    /** The dimension of a recipe whose one value column (or whose period columns) holds several metrics, or null. */
    private static String dimension(RecipeFile f, List<FieldError> errors, Map<String, String> dimensionMetrics) {
        if (f.dimension() == null) {
            return null;
        }
        if (!blank(f.metric())) {
            errors.add(new FieldError("recipe.metric", "with a dimension, each of its values names its metric; leave metric out"));
        }
        if (blank(f.dimension().column()) || f.dimension().metrics() == null || f.dimension().metrics().isEmpty()) {
            errors.add(new FieldError("recipe.dimension", "give the dimension's column and the metric for each of its values"));
            return null;
        }
        f.dimension().metrics().forEach((k, v) -> dimensionMetrics.put(k.strip(), v == null ? null : v.strip()));
        return f.dimension().column().strip();
    }

    private static Pattern pattern(List<FieldError> errors, String field, String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a pattern: " + e.getDescription()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
