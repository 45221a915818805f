package uk.bestvalue.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.framework.FrameworkDefinition.CriterionDefinition;
import uk.bestvalue.framework.FrameworkDefinition.ThemeDefinition;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Sql;

/** The SQL of frameworks, versions, themes, criteria and scales. */
final class FrameworkRepository {
    private final Database db;

    FrameworkRepository(Database db) {
        this.db = db;
    }

    record StoredVersion(long id, String fingerprint) {
    }

    Optional<StoredVersion> stored(String frameworkKey, String versionKey) {
        return db.queryOne("select id, fingerprint from framework_version where framework_key = ? and version_key = ?",
                row -> new StoredVersion(row.getLong(1), row.getString(2)), frameworkKey, versionKey);
    }

    long assessmentsUsing(long versionId) {
        return db.count("select count(*) from assessment where version_id = ?", versionId);
    }

    /** Stores a version (replacing an unused one of the same key) in one transaction and returns its id. */
    /** Stores a version and, in the same transaction, whatever must be stored with it (its audit entry). */
    long store(FrameworkDefinition d, String fingerprint, LocalDateTime now, Optional<StoredVersion> replacing,
               java.util.function.Consumer<Sql> alsoInTx) {
        return db.transaction(tx -> {
            alsoInTx.accept(tx);
            replacing.ifPresent(old -> tx.update("delete from framework_version where id = ?", old.id()));
            int updated = tx.update("update framework set name = ?, publisher = ?, url = ?, notice = ? where framework_key = ?",
                    d.frameworkName(), d.publisher(), d.frameworkUrl(), d.notice(), d.frameworkKey());
            if (updated == 0) {
                tx.update("insert into framework (framework_key, name, publisher, url, notice) values (?, ?, ?, ?, ?)",
                        d.frameworkKey(), d.frameworkName(), d.publisher(), d.frameworkUrl(), d.notice());
            }
            long versionId = tx.insert("insert into framework_version (framework_key, version_key, name, stage, published, url, note,"
                            + " fingerprint, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    d.frameworkKey(), d.versionKey(), d.versionName(), d.stage().id(), d.published(), d.versionUrl(), d.note(),
                    fingerprint, now);
            Map<String, Long> criterionIds = new HashMap<>();
            for (CriterionDefinition c : d.criteria()) {
                criterionIds.put(c.code(), tx.insert("insert into criterion (version_id, code, kind, title, description, guidance, basis)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", versionId, c.code(), c.kind().id(), c.title(), c.description(), c.guidance(), c.basis()));
            }
            int position = 0;
            for (ThemeDefinition t : d.themes()) {
                long themeId = tx.insert("insert into theme (version_id, code, name, description, position) values (?, ?, ?, ?, ?)",
                        versionId, t.code(), t.name(), t.description(), position++);
                List<Object[]> links = new ArrayList<>();
                for (int i = 0; i < t.criterionCodes().size(); i++) {
                    links.add(new Object[] {themeId, criterionIds.get(t.criterionCodes().get(i)), i});
                }
                tx.batch("insert into theme_criterion (theme_id, criterion_id, position) values (?, ?, ?)", links);
            }
            return versionId;
        });
    }

    Optional<FrameworkVersion> version(long versionId) {
        boolean exists = db.count("select count(*) from framework_version where id = ?", versionId) > 0;
        return exists ? Optional.of(load(versionId)) : Optional.empty();
    }

    Optional<Long> versionId(String frameworkKey, String versionKey) {
        return stored(frameworkKey, versionKey).map(StoredVersion::id);
    }

    private FrameworkVersion load(long versionId) {
        Map<Long, Criterion> criteria = new HashMap<>();
        db.query("select id, code, kind, title, description, guidance, basis from criterion where version_id = ?", row -> {
            Criterion c = new Criterion(row.getLong(1), row.getString(2), CriterionKind.fromId(row.getString(3)).orElseThrow(),
                    row.getString(4), row.getString(5), row.getString(6), row.getString(7));
            criteria.put(c.id(), c);
            return c;
        }, versionId);
        Map<Long, List<Criterion>> byTheme = new HashMap<>();
        db.query("select tc.theme_id, tc.criterion_id from theme_criterion tc join theme t on t.id = tc.theme_id"
                + " where t.version_id = ? order by tc.theme_id, tc.position", row -> {
                    byTheme.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(criteria.get(row.getLong(2)));
                    return null;
                }, versionId);
        List<Theme> themes = db.query("select id, code, name, description, position from theme where version_id = ? order by position",
                row -> new Theme(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                        byTheme.getOrDefault(row.getLong(1), List.of())), versionId);
        return db.queryOne("select v.id, v.framework_key, f.name, f.notice, v.version_key, v.name, v.stage, v.published, v.url, v.note"
                + " from framework_version v join framework f on f.framework_key = v.framework_key where v.id = ?",
                row -> new FrameworkVersion(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), VersionStage.fromId(row.getString(7)).orElseThrow(), row.getObject(8, LocalDate.class),
                        row.getString(9), row.getString(10), themes), versionId).orElseThrow();
    }

    List<FrameworkSummary> summaries() {
        Map<String, List<FrameworkSummary.VersionSummary>> versions = new LinkedHashMap<>();
        db.query("select v.framework_key, v.id, v.version_key, v.name, v.stage, v.published,"
                + " (select count(*) from theme t where t.version_id = v.id),"
                + " (select count(*) from criterion c where c.version_id = v.id),"
                + " (select count(*) from assessment a where a.version_id = v.id)"
                + " from framework_version v order by v.framework_key, v.published desc, v.version_key desc", row -> {
                    versions.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(new FrameworkSummary.VersionSummary(
                            row.getLong(2), row.getString(3), row.getString(4), VersionStage.fromId(row.getString(5)).orElseThrow(),
                            row.getObject(6, LocalDate.class), row.getInt(7), row.getInt(8), row.getLong(9)));
                    return null;
                });
        return db.query("select framework_key, name, publisher, url, notice from framework order by name",
                row -> new FrameworkSummary(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        versions.getOrDefault(row.getString(1), List.of())));
    }

    boolean scaleExists(String key) {
        return db.count("select count(*) from scale where scale_key = ?", key) > 0;
    }

    void storeScale(Scale scale) {
        db.transaction(tx -> {
            tx.update("insert into scale (scale_key, name, description) values (?, ?, ?)", scale.key(), scale.name(), scale.description());
            insertLevels(tx, scale);
            return null;
        });
    }

    private static void insertLevels(Sql tx, Scale scale) {
        List<Object[]> rows = scale.levels().stream()
                .map(l -> new Object[] {scale.key(), l.code(), l.label(), l.definition(), l.colour(), l.ranked(), l.position()})
                .toList();
        tx.batch("insert into scale_level (scale_key, code, label, definition, colour, ranked, position) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    List<Scale> scales() {
        Map<String, List<ScaleLevel>> levels = new HashMap<>();
        db.query("select scale_key, code, label, definition, colour, ranked, position from scale_level order by scale_key, position", row -> {
            levels.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(level(row));
            return null;
        });
        return db.query("select scale_key, name, description from scale order by name",
                row -> new Scale(row.getString(1), row.getString(2), row.getString(3), levels.getOrDefault(row.getString(1), List.of())));
    }

    private static ScaleLevel level(ResultSet row) throws SQLException {
        return new ScaleLevel(row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getBoolean(6), row.getInt(7));
    }

    boolean hasMapping(long fromVersionId, long toVersionId) {
        return db.count("select count(*) from framework_mapping where from_version_id = ? and to_version_id = ?", fromVersionId, toVersionId) > 0;
    }

    /** Stores a mapping, replacing any earlier one between the same two versions. */
    void storeMapping(long fromVersionId, long toVersionId, FrameworkMapping mapping, LocalDateTime now,
                      java.util.function.Consumer<Sql> alsoInTx) {
        db.transaction(tx -> {
            alsoInTx.accept(tx);
            tx.update("delete from framework_mapping where from_version_id = ? and to_version_id = ?", fromVersionId, toVersionId);
            long id = tx.insert("insert into framework_mapping (from_version_id, to_version_id, note, created_at) values (?, ?, ?, ?)",
                    fromVersionId, toVersionId, mapping.note(), now);
            List<Object[]> rows = new ArrayList<>();
            for (var e : mapping.themes()) {
                rows.add(new Object[] {id, rows.size(), "theme", e.from(), e.to(), e.change().id(), e.basis()});
            }
            for (var e : mapping.criteria()) {
                rows.add(new Object[] {id, rows.size(), "criterion", e.from(), e.to(), e.change().id(), e.basis()});
            }
            tx.batch("insert into framework_mapping_entry (mapping_id, position, level, from_code, to_code, change, basis)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", rows);
            return null;
        });
    }

    Optional<FrameworkMapping> mapping(FrameworkVersion from, FrameworkVersion to) {
        Optional<Object[]> head = db.queryOne("select id, note from framework_mapping where from_version_id = ? and to_version_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2)}, from.id(), to.id());
        return head.map(h -> {
            List<FrameworkMapping.Entry> themes = new ArrayList<>();
            List<FrameworkMapping.Entry> criteria = new ArrayList<>();
            db.query("select level, from_code, to_code, change, basis from framework_mapping_entry where mapping_id = ? order by position",
                    row -> {
                        var entry = new FrameworkMapping.Entry(row.getString(2), row.getString(3),
                                FrameworkMapping.Change.fromId(row.getString(4)).orElseThrow(), row.getString(5));
                        (row.getString(1).equals("theme") ? themes : criteria).add(entry);
                        return null;
                    }, h[0]);
            return new FrameworkMapping(from.reference(), to.reference(), (String) h[1], themes, criteria);
        });
    }

    /** The ids of the versions that have a mapping into this one. */
    List<Long> mappedInto(long toVersionId) {
        return db.query("select from_version_id from framework_mapping where to_version_id = ? order by from_version_id",
                row -> row.getLong(1), toVersionId);
    }
}
