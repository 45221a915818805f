package uk.bestvalue.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Sql;
import uk.bestvalue.period.Period;

/** The SQL of assessments and their theme and criterion scores. */
final class AssessmentRepository {
    private static final String COLUMNS = "a.id, a.authority_code, a.version_id, v.framework_key, v.version_key, a.period, a.title, a.owner,"
            + " a.status, a.scale_key, a.scoring, a.derive_theme_scores, a.example, a.rolled_from_id, a.created_at, a.updated_at, a.deleted_at";
    private static final String FROM = " from assessment a join framework_version v on v.id = a.version_id";

    private final Database db;

    AssessmentRepository(Database db) {
        this.db = db;
    }

    long insert(Sql tx, Assessment a) {
        return tx.insert("insert into assessment (authority_code, version_id, period, title, owner, status, scale_key, scoring,"
                        + " derive_theme_scores, example, rolled_from_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.authority().value(), a.versionId(), a.period().value(), a.title(), a.owner(), a.status().id(), a.scaleKey(),
                a.scoring().id(), a.deriveThemeScores(), a.example(), a.rolledFromId(), a.createdAt(), a.updatedAt());
    }

    boolean exists(OnsCode authority, long versionId, Period period) {
        return db.count("select count(*) from assessment where authority_code = ? and version_id = ? and period = ?",
                authority.value(), versionId, period.value()) > 0;
    }

    Database db() {
        return db;
    }

    Optional<Assessment> get(Sql sql, long id) {
        return sql.queryOne("select " + COLUMNS + FROM + " where a.id = ?", AssessmentRepository::assessment, id);
    }

    List<Assessment> forAuthority(OnsCode authority) {
        return db.query("select " + COLUMNS + FROM + " where a.authority_code = ? order by a.period desc, a.id desc",
                AssessmentRepository::assessment, authority.value());
    }

    /** The latest earlier assessment of the same authority, for year-on-year comparison. */
    Optional<Assessment> previous(Assessment a) {
        if (a.rolledFromId() != null) {
            return get(db, a.rolledFromId());
        }
        return db.query("select " + COLUMNS + FROM + " where a.authority_code = ? and a.period < ? order by a.period desc, a.id desc",
                AssessmentRepository::assessment, a.authority().value(), a.period().value()).stream().findFirst();
    }

    void touch(Sql tx, long id, LocalDateTime now) {
        tx.update("update assessment set updated_at = ? where id = ?", now, id);
    }

    void saveThemeScore(Sql tx, long assessmentId, long themeId, String level, String narrative) {
        int updated = tx.update("update theme_score set level_code = ?, narrative = ? where assessment_id = ? and theme_id = ?",
                level, narrative, assessmentId, themeId);
        if (updated == 0) {
            tx.update("insert into theme_score (assessment_id, theme_id, level_code, narrative) values (?, ?, ?, ?)",
                    assessmentId, themeId, level, narrative);
        }
    }

    void saveCriterionScore(Sql tx, long assessmentId, long criterionId, String level, String narrative) {
        int updated = tx.update("update criterion_score set level_code = ?, narrative = ? where assessment_id = ? and criterion_id = ?",
                level, narrative, assessmentId, criterionId);
        if (updated == 0) {
            tx.update("insert into criterion_score (assessment_id, criterion_id, level_code, narrative) values (?, ?, ?, ?)",
                    assessmentId, criterionId, level, narrative);
        }
    }

    Optional<ThemeScore> themeScore(Sql tx, long assessmentId, uk.bestvalue.framework.Theme theme) {
        return tx.queryOne("select level_code, narrative from theme_score where assessment_id = ? and theme_id = ?",
                row -> new ThemeScore(theme.id(), theme.code(), row.getString(1), row.getString(2), false), assessmentId, theme.id());
    }

    Optional<CriterionScore> criterionScore(Sql tx, long assessmentId, uk.bestvalue.framework.Criterion criterion) {
        return tx.queryOne("select level_code, narrative from criterion_score where assessment_id = ? and criterion_id = ?",
                row -> new CriterionScore(criterion.id(), criterion.code(), row.getString(1), row.getString(2)), assessmentId, criterion.id());
    }

    /** Stored theme scores as (theme id, level, narrative). */
    List<Object[]> themeScores(long assessmentId) {
        return db.query("select theme_id, level_code, narrative from theme_score where assessment_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)}, assessmentId);
    }

    List<Object[]> criterionScores(long assessmentId) {
        return db.query("select criterion_id, level_code, narrative from criterion_score where assessment_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)}, assessmentId);
    }

    private static Assessment assessment(ResultSet row) throws SQLException {
        Long rolledFrom = row.getObject("rolled_from_id", Long.class);
        return new Assessment(row.getLong("id"), new OnsCode(row.getString("authority_code")), row.getLong("version_id"),
                row.getString("framework_key") + "/" + row.getString("version_key"), Period.financialYear(row.getString("period")),
                row.getString("title"), row.getString("owner"), AssessmentStatus.fromId(row.getString("status")).orElseThrow(),
                row.getString("scale_key"), Scoring.fromId(row.getString("scoring")).orElseThrow(), row.getBoolean("derive_theme_scores"),
                row.getBoolean("example"), rolledFrom,
                row.getObject("created_at", LocalDateTime.class), row.getObject("updated_at", LocalDateTime.class),
                row.getObject("deleted_at", LocalDateTime.class));
    }
}
