package uk.bestvalue.explorer;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Engine;
import uk.bestvalue.period.Period;
import uk.bestvalue.period.PeriodType;

/**
 * Imports a values file: reads it, checks every row against the register and the catalogue, and
 * then writes only what changed, all in one transaction. A file with any bad row changes nothing,
 * unless the caller asked to skip bad rows. Importing the same data again changes nothing.
 */
final class ValueImporter {
    /** Differences this small relative to the value are what binary floating point leaves in text it writes. */
    private static final BigDecimal NOISE = new BigDecimal("1e-9");
    private static final int BATCH = 10_000;
    private static final java.util.Comparator<ValueRow> SAME_VALUE = java.util.Comparator.comparing(ValueRow::metricId)
            .thenComparing(ValueRow::period).thenComparing(ValueRow::authority);
    private final Database db;
    private final ExplorerRepository repository;
    private final AuthorityRegister authorities;
    private final Clock clock;

    private final uk.bestvalue.AuditTrail audit;

    ValueImporter(Database db, ExplorerRepository repository, AuthorityRegister authorities, Clock clock, uk.bestvalue.AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.repository = repository;
        this.authorities = authorities;
        this.clock = clock;
    }

    /** Told, after an import is committed, which metrics' values it added or changed. */
    private volatile java.util.function.BiConsumer<ImportResult, List<String>> written = (result, metrics) -> {
    };

    void whenWritten(java.util.function.BiConsumer<ImportResult, List<String>> listener) {
        this.written = listener;
    }

    ImportResult run(ImportRequest request) {
        return run(request, null);
    }

    /**
     * Imports as {@code actor}, whose import record goes into the audit trail in the import's own
     * transaction; null for the data that ships with the product, loaded on first start.
     */
    ImportResult run(ImportRequest request, uk.bestvalue.Actor actor) {
        if (request.recipe() != null && !request.recipe().isBlank()) {
            Recipe recipe = Recipe.parse(request.recipe());
            RecipeReader.Read read = RecipeReader.read(recipe, request.content(), request.fileName(), WorkbookLimits.DEFAULT,
                    recipe.codeKind() == Recipe.CodeKind.REGISTER ? RegisterCodes.of(authorities) : java.util.function.UnaryOperator.identity());
            return write(request, "recipe" + (recipe.title() == null ? "" : ": " + recipe.title()), read.rows(), read.problems(), read.outside(),
                    read.filtered(), read.read(), actor);
        }
        WideMapping mapping = request.mapping() == null || request.mapping().isBlank() ? null : WideMapping.parse(request.mapping());
        byte[] content = request.content();
        if (Spreadsheet.isXlsx(content)) {
            String sheet = request.sheet() != null ? request.sheet() : mapping == null ? null : mapping.sheet();
            content = Spreadsheet.toCsv(content, request.fileName(), sheet, mapping == null ? 1 : mapping.headerRow()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ValueFile.Parsed parsed = ValueFile.read(new ByteArrayInputStream(content), request.metric(), mapping, request.progress());
        return write(request, parsed.format(), parsed.rows(), parsed.problems(), parsed.outsideScope(), 0, parsed.read(), actor);
    }

    /** Checks rows read by any reader and writes what changed, one metric's imports at a time. */
    ImportResult write(ImportRequest request, String format, List<ValueRow> read, List<ValueProblem> readProblems, int outside, int filtered,
                       long readCount, uk.bestvalue.Actor actor) {
        List<ValueProblem> problems = new ProblemList(readProblems);
        List<ValueRow> rows = check(read, problems);
        if (read instanceof ArrayList<ValueRow> list) {
            // The checked rows are the only list kept: a million rows are held once, not twice.
            list.clear();
        }
        if (format.equals("unknown") || (!problems.isEmpty() && !request.skipBadRows())) {
            problems.sort((a, b) -> Long.compare(a.row(), b.row()));
            throw new ValuesRejected(request.fileName(), problems);
        }
        problems.sort((a, b) -> Long.compare(a.row(), b.row()));
        List<String> metrics = rows.stream().map(ValueRow::metricId).distinct().sorted().toList();
        List<String> touched = new ArrayList<>();
        ImportResult result = MetricLocks.holding(metrics, () -> db.transaction(tx -> {
            if (db.engine() == Engine.POSTGRESQL) {
                // Another process importing the same metric waits here until that import commits.
                for (String metric : metrics) {
                    tx.query("select pg_advisory_xact_lock(20, ?)", row -> null, metric.hashCode());
                }
            }
            // Compared one metric at a time, so that only one metric's stored values are held at once.
            Map<String, List<ValueRow>> byMetric = rows.stream().collect(java.util.stream.Collectors.groupingBy(ValueRow::metricId));
            List<ValueRow> added = new ArrayList<>();
            List<ValueRow> changed = new ArrayList<>();
            for (String metric : metrics) {
                Map<String, ExplorerRepository.Stored> existing = repository.existing(tx, Set.of(metric));
                for (ValueRow row : byMetric.get(metric)) {
                    ExplorerRepository.Stored old = existing.get(ExplorerRepository.key(row.metricId(), row.period(), row.authority()));
                    if (old == null) {
                        added.add(row);
                    } else if (!old.sameAs(row.value(), row.status().id(), row.note())) {
                        changed.add(row);
                    }
                }
            }
            byMetric.clear();
            int accepted = rows.size();
            int addedCount = added.size();
            int changedCount = changed.size();
            int unchanged = accepted - addedCount - changedCount;
            if (added.isEmpty() && changed.isEmpty() || request.checkOnly()) {
                // A check writes nothing and says what the import would do.
                return new ImportResult(request.fileName(), format, null, (int) readCount, accepted, addedCount, changedCount, unchanged,
                        outside, filtered, problems);
            }
            rows.clear();
            java.util.stream.Stream.concat(added.stream(), changed.stream()).map(ValueRow::metricId).distinct().forEach(touched::add);
            long id = repository.insertImport(tx, request.fileName(), checksum(request.content()), request.source(), request.licence(),
                    request.importedBy(), LocalDateTime.now(clock), accepted, (int) ProblemList.count(problems));
            if (actor != null) {
                audit.record(tx, actor, null, "value_import", String.valueOf(id), "create", null, java.util.Map.of("fileName", request.fileName(),
                        "checksum", checksum(request.content()), "format", format, "rows", accepted, "added", addedCount,
                        "changed", changedCount, "skipped", ProblemList.count(problems)));
            }
            if (db.engine() == Engine.POSTGRESQL) {
                repository.copyValues(tx, added, id);
            } else {
                // In slices from the end, each let go once written: a million rows never become a million parameter arrays at
                // once, and the heap they took is free for the embedded database's own pages while the transaction is open.
                for (int to = added.size(); to > 0; to -= BATCH) {
                    List<ValueRow> slice = added.subList(Math.max(0, to - BATCH), to);
                    repository.insertValues(tx, slice.stream().map(r -> new Object[] {
                            r.metricId(), r.period(), r.authority(), r.value(), r.status().id(), r.note(), id}).toList());
                    slice.clear();
                }
            }
            added.clear();
            for (int to = changed.size(); to > 0; to -= BATCH) {
                List<ValueRow> slice = changed.subList(Math.max(0, to - BATCH), to);
                repository.updateValues(tx, slice.stream().map(r -> new Object[] {r.value(), r.status().id(), r.note(), id, r.metricId(),
                        r.period(), r.authority()}).toList());
                slice.clear();
            }
            return new ImportResult(request.fileName(), format, id, (int) readCount, accepted, addedCount, changedCount, unchanged,
                    outside, filtered, problems);
        }));
        if (result.importId() != null) {
            written.accept(result, List.copyOf(touched));
        }
        return result;
    }

    /**
     * Keeps the rows whose authority and metric are known, whose period is of the metric's kind, whose
     * value suits the metric's unit, and that appear once; reports the rest. Values are rounded to the
     * precision the metric is published at.
     */
    private List<ValueRow> check(List<ValueRow> rows, List<ValueProblem> problems) {
        Set<String> codes = authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL)).stream()
                .map(Authority::code).map(c -> c.value()).collect(Collectors.toSet());
        Map<String, Metric> metrics = repository.metrics().stream().collect(Collectors.toMap(Metric::id, m -> m));
        Set<String> reportedMetrics = new HashSet<>();
        List<ValueRow> good = new ArrayList<>();
        for (ValueRow row : rows) {
            boolean ok = true;
            if (!codes.contains(row.authority())) {
                problems.add(new ValueProblem(row.line(), "authority_code", "'" + row.authority() + "' is not the ONS code of an English authority in the register"));
                ok = false;
            }
            Metric metric = metrics.get(row.metricId());
            if (metric == null) {
                if (reportedMetrics.add(row.metricId()) || problems.size() < 1000) {
                    problems.add(new ValueProblem(row.line(), "metric", "'" + row.metricId() + "' is not a metric in the catalogue"));
                }
                ok = false;
            } else {
                PeriodType kind = PeriodType.fromId(metric.periodType()).orElse(null);
                Period period = Period.parse(row.period());
                if (kind != null && period.type() != kind) {
                    problems.add(new ValueProblem(row.line(), "period", "'" + row.period() + "' is a " + period.type().label() + ", but "
                            + metric.id() + " is reported by " + kind.label() + " (such as " + kind.example() + ")"));
                    ok = false;
                }
                if (row.value() != null) {
                    String wrong = metric.outOfRange(row.value());
                    if (wrong != null) {
                        problems.add(new ValueProblem(row.line(), "value", row.value().toPlainString() + " is outside the range of "
                                + metric.id() + ": " + wrong));
                        ok = false;
                    }
                }
            }
            if (ok && metric != null && row.value() != null) {
                ValueRow kept = atPublishedPrecision(row, metric, problems);
                if (kept == null) {
                    ok = false;
                } else {
                    row = kept;
                }
            }
            if (ok) {
                good.add(row);
            }
        }
        return withoutRepeats(good, problems);
    }

    /**
     * Leaves out, as problems, rows that repeat an earlier row's authority, metric and period. Found by
     * sorting rather than by a map of keys, which for a million rows would need more memory than the rows.
     */
    private static List<ValueRow> withoutRepeats(List<ValueRow> rows, List<ValueProblem> problems) {
        List<ValueRow> sorted = new ArrayList<>(rows);
        sorted.sort(SAME_VALUE.thenComparingLong(ValueRow::line));
        java.util.Set<ValueRow> repeats = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ValueRow earliest = null;
        for (ValueRow row : sorted) {
            if (earliest != null && SAME_VALUE.compare(earliest, row) == 0) {
                problems.add(new ValueProblem(row.line(), "", "the same authority, metric and period are already on row " + earliest.line()));
                repeats.add(row);
            } else {
                earliest = row;
            }
        }
        if (repeats.isEmpty()) {
            return rows;
        }
        problems.sort((a, b) -> Long.compare(a.row(), b.row()));
        return rows.stream().filter(row -> !repeats.contains(row)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * The value at the precision the metric is published at. A value with more places is either binary
     * floating-point noise from the tool that wrote the file (27.700000000000003: rounded away) or a
     * figure the metric cannot hold (41.25 for a one-place metric: a problem, never rounded silently).
     * Without a stated precision, twelve places are kept, which is what is stored.
     */
    private static ValueRow atPublishedPrecision(ValueRow row, Metric metric, List<ValueProblem> problems) {
        int places = metric.decimals() == null ? 12 : Math.min(12, metric.decimals());
        BigDecimal value = row.value();
        if (value.scale() <= places) {
            return row;
        }
        BigDecimal rounded = value.setScale(places, RoundingMode.HALF_UP);
        BigDecimal noise = value.abs().max(BigDecimal.ONE).multiply(NOISE);
        if (metric.decimals() != null && value.subtract(rounded).abs().compareTo(noise) > 0) {
            problems.add(new ValueProblem(row.line(), "value", value.toPlainString() + " has more decimal places than the " + metric.decimals()
                    + " that " + metric.id() + " is published to"));
            return null;
        }
        return new ValueRow(row.line(), row.metricId(), row.authority(), row.period(), rounded, row.status(), row.note());
    }

    private static String checksum(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
