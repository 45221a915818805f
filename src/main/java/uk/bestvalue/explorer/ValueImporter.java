package uk.bestvalue.explorer;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Engine;

/**
 * Imports a values file: reads it, checks every row against the register and the catalogue, and
 * then writes only what changed, all in one transaction. A file with any bad row changes nothing,
 * unless the caller asked to skip bad rows. Importing the same data again changes nothing.
 */
final class ValueImporter {
    private final Database db;
    private final ExplorerRepository repository;
    private final AuthorityRegister authorities;
    private final Clock clock;

    ValueImporter(Database db, ExplorerRepository repository, AuthorityRegister authorities, Clock clock) {
        this.db = db;
        this.repository = repository;
        this.authorities = authorities;
        this.clock = clock;
    }

    ImportResult run(ImportRequest request) {
        WideMapping mapping = request.mapping() == null || request.mapping().isBlank() ? null : WideMapping.parse(request.mapping());
        byte[] content = request.content();
        if (Spreadsheet.isXlsx(content)) {
            String sheet = request.sheet() != null ? request.sheet() : mapping == null ? null : mapping.sheet();
            content = Spreadsheet.toCsv(content, sheet, mapping == null ? 1 : mapping.headerRow()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ValueFile.Parsed parsed = ValueFile.read(new ByteArrayInputStream(content), request.metric(), mapping, request.progress());
        List<ValueProblem> problems = new ArrayList<>(parsed.problems());
        List<ValueRow> rows = check(parsed.rows(), problems);
        if (parsed.format().equals("unknown") || (!problems.isEmpty() && !request.skipBadRows())) {
            problems.sort((a, b) -> Long.compare(a.row(), b.row()));
            throw new ValuesRejected(request.fileName(), problems);
        }
        Set<String> metrics = rows.stream().map(ValueRow::metricId).collect(Collectors.toSet());
        Map<String, MetricValue> existing = repository.existing(metrics);
        List<ValueRow> added = new ArrayList<>();
        List<ValueRow> changed = new ArrayList<>();
        for (ValueRow row : rows) {
            MetricValue old = existing.get(ExplorerRepository.key(row.metricId(), row.period(), row.authority()));
            if (old == null) {
                added.add(row);
            } else if (!Objects.equals(old.value(), row.value()) || old.status() != row.status() || !Objects.equals(old.note(), row.note())) {
                changed.add(row);
            }
        }
        problems.sort((a, b) -> Long.compare(a.row(), b.row()));
        int unchanged = rows.size() - added.size() - changed.size();
        if (added.isEmpty() && changed.isEmpty()) {
            return new ImportResult(request.fileName(), parsed.format(), null, rows.size(), 0, 0, unchanged, parsed.outsideScope(), problems);
        }
        long importId = db.transaction(tx -> {
            long id = repository.insertImport(tx, request.fileName(), checksum(request.content()), request.source(), request.licence(),
                    request.importedBy(), LocalDateTime.now(clock), rows.size(), problems.size());
            if (db.engine() == Engine.POSTGRESQL) {
                repository.copyValues(tx, added, id);
            } else {
                repository.insertValues(tx, added.stream().map(r -> new Object[] {r.metricId(), r.period(), r.authority(), r.value(),
                        r.status().id(), r.note(), id}).toList());
            }
            repository.updateValues(tx, changed.stream().map(r -> new Object[] {r.value(), r.status().id(), r.note(), id, r.metricId(),
                    r.period(), r.authority()}).toList());
            return id;
        });
        return new ImportResult(request.fileName(), parsed.format(), importId, rows.size(), added.size(), changed.size(), unchanged,
                parsed.outsideScope(), problems);
    }

    /** Keeps the rows whose authority and metric are known and that appear once; reports the rest. */
    private List<ValueRow> check(List<ValueRow> rows, List<ValueProblem> problems) {
        Set<String> codes = authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL)).stream()
                .map(Authority::code).map(c -> c.value()).collect(Collectors.toSet());
        Set<String> metrics = repository.metrics().stream().map(Metric::id).collect(Collectors.toSet());
        Map<String, Long> seen = new HashMap<>();
        Set<String> reportedMetrics = new HashSet<>();
        List<ValueRow> good = new ArrayList<>();
        for (ValueRow row : rows) {
            boolean ok = true;
            if (!codes.contains(row.authority())) {
                problems.add(new ValueProblem(row.line(), "authority_code", "'" + row.authority() + "' is not the ONS code of an English authority in the register"));
                ok = false;
            }
            if (!metrics.contains(row.metricId())) {
                if (reportedMetrics.add(row.metricId()) || problems.size() < 1000) {
                    problems.add(new ValueProblem(row.line(), "metric", "'" + row.metricId() + "' is not a metric in the catalogue"));
                }
                ok = false;
            }
            Long earlier = seen.putIfAbsent(ExplorerRepository.key(row.metricId(), row.period(), row.authority()), row.line());
            if (earlier != null) {
                problems.add(new ValueProblem(row.line(), "", "the same authority, metric and period are already on row " + earlier));
                ok = false;
            }
            if (ok) {
                good.add(row);
            }
        }
        return good;
    }

    private static String checksum(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
