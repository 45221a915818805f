package uk.bestvalue.explorer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import uk.bestvalue.Invalid;
import uk.bestvalue.period.Period;

/** Reads a publisher's file through a recipe into value rows, collecting every problem with its row and column. */
final class RecipeReader {
    private static final Pattern OTHER_NATION = Pattern.compile("[WSNK]\\d{8}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What reading did: the rows, the problems, and the rows left out as outside England or by the recipe's filters. */
    record Read(List<ValueRow> rows, List<ValueProblem> problems, int outside, int filtered, long read) {
    }


    private RecipeReader() {
    }

    static Read read(Recipe recipe, byte[] content, String fileName, WorkbookLimits limits) {
        return read(recipe, content, fileName, limits, Long.MAX_VALUE, null, UnaryOperator.identity());
    }

    /**
     * Reads with {@code registerCodes} turning the register codes of a recipe whose code_kind is register
     * into ONS codes (null for a code the register does not know).
     */
    static Read read(Recipe recipe, byte[] content, String fileName, WorkbookLimits limits, UnaryOperator<String> registerCodes) {
        return read(recipe, content, fileName, limits, Long.MAX_VALUE, null, registerCodes);
    }

    /** The first rows as the recipe reads them, before anything is written. */
    static List<PreviewRow> preview(Recipe recipe, byte[] content, String fileName, int rows) {
        return preview(recipe, content, fileName, rows, UnaryOperator.identity());
    }

    static List<PreviewRow> preview(Recipe recipe, byte[] content, String fileName, int rows, UnaryOperator<String> registerCodes) {
        List<PreviewRow> shown = new ArrayList<>();
        read(recipe, content, fileName, WorkbookLimits.DEFAULT, rows, shown, registerCodes);
        return shown;
    }

    private static Read read(Recipe recipe, byte[] content, String fileName, WorkbookLimits limits, long maxDataRows, List<PreviewRow> preview,
                             UnaryOperator<String> registerCodes) {
        String fixedPeriod = recipe.fixedPeriod();
        if (recipe.periodFromFileName() != null) {
            Matcher m = recipe.periodFromFileName().matcher(fileName == null ? "" : fileName);
            if (!m.find() || m.groupCount() < 1 || !Period.isValid(m.group(1))) {
                throw new Invalid("recipe.period_from_file_name", "the file name '" + fileName + "' does not hold a period where the recipe's pattern "
                        + recipe.periodFromFileName().pattern() + " looks for one");
            }
            fixedPeriod = Period.parse(m.group(1)).value();
        }
        String period = fixedPeriod;
        List<ValueRow> rows = new ArrayList<>();
        List<ValueProblem> problems = new ProblemList();
        int[] counts = new int[2];
        long[] read = {0};
        Map<String, Integer> header = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        // A wide sheet's value columns, found in the header: each with the period its header names.
        List<Recipe.ValueColumn> wideColumns = new ArrayList<>();
        List<String> widePeriods = new ArrayList<>();
        TableRows.read(content, recipe.reads(), recipe.sheet(), fileName, limits, (number, cells) -> {
            if (number < recipe.headerRow()) {
                return true;
            }
            if (header.isEmpty()) {
                if (number > recipe.headerRow()) {
                    problems.add(new ValueProblem(recipe.headerRow(), "", "the header row " + recipe.headerRow() + " is empty"));
                    return false;
                }
                for (int i = 0; i < cells.size(); i++) {
                    String key = key(cells.get(i));
                    if (!key.isEmpty()) {
                        header.putIfAbsent(key, i);
                        names.putIfAbsent(key, clean(cells.get(i)));
                    }
                }
                for (String column : recipe.columns()) {
                    if (!header.containsKey(key(column))) {
                        problems.add(new ValueProblem(number, column, "the recipe names this column but header row " + number + " has no such column"));
                    }
                }
                if (header.isEmpty()) {
                    problems.add(new ValueProblem(number, "", "header row " + number + " is empty"));
                }
                if (recipe.periodColumns() != null) {
                    Recipe.ValueColumn template = recipe.values().get(0);
                    for (int i = 0; i < cells.size(); i++) {
                        String name = clean(cells.get(i));
                        if (name.isEmpty() || !recipe.periodColumns().matcher(name).matches() || !Integer.valueOf(i).equals(header.get(key(name)))) {
                            continue;
                        }
                        String when = Period.tryParse(name).map(Period::value).orElse(null);
                        if (when == null) {
                            problems.add(new ValueProblem(number, name, "matches period_columns but is not a period such as 2023/24, 2023-24 or 2023"));
                        } else {
                            wideColumns.add(new Recipe.ValueColumn(name, template.metric(), template.scale(), null, template.round()));
                            widePeriods.add(when);
                        }
                    }
                    if (wideColumns.isEmpty() && problems.isEmpty()) {
                        problems.add(new ValueProblem(number, "", "no column of header row " + number + " matches period_columns "
                                + recipe.periodColumns().pattern()));
                    }
                }
                return problems.isEmpty();
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return true;
            }
            if (read[0]++ >= maxDataRows) {
                return false;
            }
            for (Recipe.Filter filter : recipe.filters()) {
                if (!filter.accepts(cell(cells, header, filter.column()))) {
                    counts[1]++;
                    return true;
                }
            }
            String code = cell(cells, header, recipe.code()).strip().toUpperCase(Locale.ROOT);
            String unknownRegisterCode = null;
            if (recipe.codeKind() == Recipe.CodeKind.REGISTER && !code.isEmpty()) {
                String ons = registerCodes.apply(code);
                if (ons == null) {
                    unknownRegisterCode = code;
                } else {
                    code = ons;
                }
            }
            if (OTHER_NATION.matcher(code).matches()) {
                counts[0]++;
                return true;
            }
            long before = ProblemList.count(problems);
            if (code.isEmpty()) {
                problems.add(new ValueProblem(number, recipe.code(), "is blank: every row needs the authority's "
                        + (recipe.codeKind() == Recipe.CodeKind.REGISTER ? "register code" : "ONS code")));
            } else if (unknownRegisterCode != null) {
                problems.add(new ValueProblem(number, recipe.code(), "'" + unknownRegisterCode + "' is not a local authority code in the register"));
            }
            String when = period;
            if (recipe.period() != null) {
                String text = cell(cells, header, recipe.period());
                when = Period.tryParse(text).map(Period::value).orElse(null);
                if (when == null) {
                    problems.add(new ValueProblem(number, recipe.period(), "'" + text + "' is not a period such as 2023/24, FYE 2024, 2023 or 2025-04-30"));
                }
            }
            String note = recipe.note() == null ? null : cell(cells, header, recipe.note()).strip();
            List<Recipe.ValueColumn> columns = recipe.periodColumns() == null ? recipe.values() : wideColumns;
            for (int c = 0; c < columns.size(); c++) {
                Recipe.ValueColumn column = columns.get(c);
                if (recipe.periodColumns() != null) {
                    when = widePeriods.get(c);
                }
                String metric = column.metric();
                if (recipe.dimension() != null) {
                    String dimension = clean(cell(cells, header, recipe.dimension()));
                    metric = recipe.dimensionMetrics().get(dimension);
                    if (metric == null) {
                        problems.add(new ValueProblem(number, recipe.dimension(), "'" + dimension + "' is not one of the values the recipe's dimension"
                                + " names (" + String.join(", ", recipe.dimensionMetrics().keySet()) + "); add it, or filter the rows out"));
                        continue;
                    }
                }
                String text = cell(cells, header, column.column()).strip();
                BigDecimal value = null;
                ValueStatus status;
                String problem = null;
                String computedNote = null;
                if (text.isEmpty()) {
                    status = ValueStatus.MISSING;
                } else if (recipe.missing().containsKey(text)) {
                    status = recipe.missing().get(text);
                } else {
                    status = ValueStatus.OK;
                    try {
                        value = Numbers.parse(text, recipe.thousands()).multiply(column.scale());
                    } catch (NumberFormatException e) {
                        problem = e.getMessage() + (text.startsWith("[") || text.equals("-") || text.equals("..") || text.equals(":")
                                ? "; if it is the publisher's code for a missing value, say what it means under missing: in the recipe" : "");
                        problems.add(new ValueProblem(number, column.column(), problem));
                    }
                }
                if (column.divideBy() != null && status == ValueStatus.OK && value != null) {
                    // A computed figure: the divisor's own missing code carries over, and a zero divisor has no share.
                    String divisorText = cell(cells, header, column.divideBy()).strip();
                    if (divisorText.isEmpty()) {
                        status = ValueStatus.MISSING;
                        value = null;
                        computedNote = column.divideBy() + " is blank in the source";
                    } else if (recipe.missing().containsKey(divisorText)) {
                        status = recipe.missing().get(divisorText);
                        value = null;
                        computedNote = "'" + divisorText + "' for " + column.divideBy() + " in the source";
                    } else {
                        try {
                            BigDecimal divisor = Numbers.parse(divisorText, recipe.thousands());
                            if (divisor.signum() == 0) {
                                status = ValueStatus.NOT_APPLICABLE;
                                value = null;
                                computedNote = column.divideBy() + " is 0 in the source";
                            } else {
                                value = value.divide(divisor, java.math.MathContext.DECIMAL64);
                            }
                        } catch (NumberFormatException e) {
                            problem = e.getMessage();
                            problems.add(new ValueProblem(number, column.divideBy(), problem));
                            value = null;
                        }
                    }
                }
                if (column.round() != null && value != null) {
                    value = value.setScale(column.round(), java.math.RoundingMode.HALF_UP);
                }
                if (preview != null) {
                    preview.add(new PreviewRow(number, code, recipe.name() == null ? null : cell(cells, header, recipe.name()).strip(), when, metric,
                            value == null ? text : value.stripTrailingZeros().toPlainString(), status.id(), problem));
                }
                if (ProblemList.count(problems) == before && when != null) {
                    String noteText = note != null && !note.isEmpty() ? note : computedNote != null ? computedNote
                            : value == null && !text.isEmpty() ? "'" + text + "' in the source" : null;
                    rows.add(new ValueRow(number, intern(interned, metric), intern(interned, code), intern(interned, when), value, status, noteText));
                }
            }
            return true;
        });
        if (header.isEmpty() && problems.isEmpty()) {
            problems.add(new ValueProblem(recipe.headerRow(), "", "the file has no header row " + recipe.headerRow()
                    + (recipe.sheet() == null ? "" : " in sheet " + recipe.sheet())));
        }
        return new Read(rows, problems, counts[0], counts[1], read[0]);
    }

    private static String intern(Map<String, String> interned, String text) {
        return interned.computeIfAbsent(text, t -> t);
    }

    private static String cell(List<String> cells, Map<String, Integer> header, String column) {
        Integer index = header.get(key(column));
        return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index);
    }

    /** Headers are matched ignoring case and runs of white space (a workbook's header may wrap onto two lines). */
    private static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    private static String clean(String text) {
        return text == null ? "" : SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }
}
