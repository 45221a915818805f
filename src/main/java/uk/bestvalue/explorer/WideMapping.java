package uk.bestvalue.explorer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.period.Period;

/**
 * How to read a wide file (format bestvalue-wide/1): which column holds the authority's code, and
 * for every other column that matters, which period (when the file is one metric) or which metric
 * (when the file is one period) it holds. For spreadsheets, also the sheet and the header row.
 */
public record WideMapping(String authorityColumn, String metric, String period, Map<String, String> columns, String sheet, int headerRow) {
    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private record File(String format, String authority_column, String metric, String period, Map<String, String> columns, String sheet,
                        Integer header_row) {
    }

    public boolean columnsArePeriods() {
        return metric != null;
    }

    /** Reads and checks a mapping file, naming every problem. */
    public static WideMapping parse(String yaml) {
        File file;
        try {
            file = YAML.readValue(yaml, File.class);
        } catch (IOException e) {
            throw new Invalid("mapping", "the mapping file is not valid: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (file == null) {
            throw new Invalid("mapping", "the mapping file is empty; it needs format: bestvalue-wide/1 and its columns");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!"bestvalue-wide/1".equals(file.format())) {
            errors.add(new FieldError("mapping.format", "must be bestvalue-wide/1"));
        }
        if (file.authority_column() == null || file.authority_column().isBlank()) {
            errors.add(new FieldError("mapping.authority_column", "name the column that holds the authorities' ONS codes"));
        }
        if ((file.metric() == null) == (file.period() == null)) {
            errors.add(new FieldError("mapping", "give either metric (the columns are periods) or period (the columns are metrics), not both"));
        }
        if (file.columns() == null || file.columns().isEmpty()) {
            errors.add(new FieldError("mapping.columns", "list the columns to read, each with its period or metric"));
        }
        String period = file.period() == null ? null : Period.tryParse(file.period()).map(Period::value).orElse(null);
        if (file.period() != null && period == null) {
            errors.add(new FieldError("mapping.period", "'" + file.period() + "' is not a period such as 2023/24 or 2023"));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        if (file.columns() != null) {
            file.columns().forEach((column, target) -> {
                if (file.metric() != null && !Period.isValid(target)) {
                    errors.add(new FieldError("mapping.columns." + column, "'" + target + "' is not a period such as 2023/24 or 2023"));
                } else {
                    columns.put(column.strip().toLowerCase(java.util.Locale.ROOT),
                            file.metric() != null ? Period.parse(target).value() : target.strip());
                }
            });
        }
        if (file.header_row() != null && file.header_row() < 1) {
            errors.add(new FieldError("mapping.header_row", "must be 1 or more"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new WideMapping(file.authority_column().strip().toLowerCase(java.util.Locale.ROOT), file.metric(), period, columns,
                file.sheet(), file.header_row() == null ? 1 : file.header_row());
    }
}
