package uk.bestvalue.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
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
        return find(authority, null, null, false);
    }

    /** The latest earlier assessment of the same authority, for year-on-year comparison. */
    Optional<Assessment> previous(Assessment a) {
        if (a.rolledFromId() != null) {
            return get(db, a.rolledFromId());
        }
        return db.query("select " + COLUMNS + FROM + " where a.authority_code = ? and a.period < ? and a.deleted_at is null order by a.period desc, a.id desc",
                AssessmentRepository::assessment, a.authority().value(), a.period().value()).stream().findFirst();
    }

    void touch(Sql tx, long id, LocalDateTime now) {
        tx.update("update assessment set updated_at = ? where id = ?", now, id);
    }

    void saveThemeScore(Sql tx, long assessmentId, long themeId, String level, String narrative) {
        saveThemeScore(tx, assessmentId, themeId, level, narrative, null);
    }

    void saveThemeScore(Sql tx, long assessmentId, long themeId, String level, String narrative, String changeReason) {
        int updated = tx.update("update theme_score set level_code = ?, narrative = ?, change_reason = ? where assessment_id = ? and theme_id = ?",
                level, narrative, changeReason, assessmentId, themeId);
        if (updated == 0) {
            tx.update("insert into theme_score (assessment_id, theme_id, level_code, narrative, change_reason) values (?, ?, ?, ?, ?)",
                    assessmentId, themeId, level, narrative, changeReason);
        }
    }

    Optional<RowStamp> themeScoreStamp(Sql tx, long assessmentId, long themeId) {
        return tx.queryOne("select row_version, changed_by, changed_at from theme_score where assessment_id = ? and theme_id = ?",
                row -> RowStamp.read(row, 1), assessmentId, themeId);
    }

    /**
     * Saves a theme score edited from {@code from}: inserted at version 1 when it was never saved
     * (a simultaneous first save loses on the key), else updated only while still at that version.
     * False when someone else saved it in between.
     */
    boolean saveThemeScore(Sql tx, long assessmentId, long themeId, String level, String narrative, String changeReason, RowStamp from,
                           String by, LocalDateTime at) {
        if (from.version() == 0) {
            tx.update("insert into theme_score (assessment_id, theme_id, level_code, narrative, change_reason, row_version, changed_by, changed_at)"
                    + " values (?, ?, ?, ?, ?, 1, ?, ?)", assessmentId, themeId, level, narrative, changeReason, by, at);
            return true;
        }
        return tx.update("update theme_score set level_code = ?, narrative = ?, change_reason = ?, row_version = row_version + 1, changed_by = ?,"
                        + " changed_at = ? where assessment_id = ? and theme_id = ? and row_version = ?",
                level, narrative, changeReason, by, at, assessmentId, themeId, from.version()) == 1;
    }

    Optional<RowStamp> criterionScoreStamp(Sql tx, long assessmentId, long criterionId) {
        return tx.queryOne("select row_version, changed_by, changed_at from criterion_score where assessment_id = ? and criterion_id = ?",
                row -> RowStamp.read(row, 1), assessmentId, criterionId);
    }

    /** As {@link #saveThemeScore(Sql, long, long, String, String, String, RowStamp, String, LocalDateTime)}, for a criterion. */
    boolean saveCriterionScore(Sql tx, long assessmentId, long criterionId, String level, String narrative, RowStamp from, String by,
                               LocalDateTime at) {
        if (from.version() == 0) {
            tx.update("insert into criterion_score (assessment_id, criterion_id, level_code, narrative, row_version, changed_by, changed_at)"
                    + " values (?, ?, ?, ?, 1, ?, ?)", assessmentId, criterionId, level, narrative, by, at);
            return true;
        }
        return tx.update("update criterion_score set level_code = ?, narrative = ?, row_version = row_version + 1, changed_by = ?, changed_at = ?"
                        + " where assessment_id = ? and criterion_id = ? and row_version = ?",
                level, narrative, by, at, assessmentId, criterionId, from.version()) == 1;
    }

    void saveReview(Sql tx, long assessmentId, long themeId, String reviewer, java.time.LocalDate on, String challenge) {
        clearReview(tx, assessmentId, themeId);
        tx.update("insert into theme_review (assessment_id, theme_id, reviewer, reviewed_on, challenge) values (?, ?, ?, ?, ?)",
                assessmentId, themeId, reviewer, on, challenge);
    }

    int clearReview(Sql tx, long assessmentId, long themeId) {
        return tx.update("delete from theme_review where assessment_id = ? and theme_id = ?", assessmentId, themeId);
    }

    List<ThemeReview> reviews(long assessmentId) {
        return db.query("select t.code, r.reviewer, r.reviewed_on, r.challenge from theme_review r join theme t on t.id = r.theme_id"
                        + " where r.assessment_id = ? order by t.position",
                row -> new ThemeReview(row.getString(1), row.getString(2), row.getObject(3, java.time.LocalDate.class), row.getString(4)),
                assessmentId);
    }

    /** Changes the details while still at version {@code from}; false, and nothing changed, when someone saved them in between. */
    boolean updateDetails(Sql tx, long id, String title, String owner, Period period, String scaleKey, Scoring scoring, boolean derive,
                          int from, String by, LocalDateTime at) {
        return tx.update("update assessment set title = ?, owner = ?, period = ?, scale_key = ?, scoring = ?, derive_theme_scores = ?,"
                        + " row_version = row_version + 1, changed_by = ?, changed_at = ? where id = ? and row_version = ?",
                title, owner, period.value(), scaleKey, scoring.id(), derive, by, at, id, from) == 1;
    }

    /** The version of an assessment's details (title, owner, year, scale, way of scoring), who saved them last and when. */
    Optional<RowStamp> stamp(Sql sql, long id) {
        return sql.queryOne("select row_version, changed_by, changed_at from assessment where id = ?", row -> RowStamp.read(row, 1), id);
    }

    void setDeleted(Sql tx, long id, LocalDateTime deletedAt) {
        tx.update("update assessment set deleted_at = ? where id = ?", deletedAt, id);
    }

    void changeVersion(Sql tx, long id, long versionId) {
        tx.update("update assessment set version_id = ? where id = ?", versionId, id);
    }

    void deleteScores(Sql tx, long id) {
        tx.update("delete from theme_review where assessment_id = ?", id);
        tx.update("delete from theme_score where assessment_id = ?", id);
        tx.update("delete from criterion_score where assessment_id = ?", id);
    }

    void addCarryProblems(Sql tx, long id, List<String> problems, LocalDateTime now) {
        tx.batch("insert into carry_problem (assessment_id, description, created_at) values (?, ?, ?)",
                problems.stream().map(p -> new Object[] {id, p.length() > 1000 ? p.substring(0, 997) + "..." : p, now}).toList());
    }

    List<String> carryProblems(long id) {
        return db.query("select description from carry_problem where assessment_id = ? order by id", row -> row.getString(1), id);
    }

    int clearCarryProblems(Sql tx, long id) {
        return tx.update("delete from carry_problem where assessment_id = ?", id);
    }

    /** Level codes in use by any theme or criterion score of the assessment. */
    List<String> levelsInUse(long assessmentId) {
        return db.query("select level_code from theme_score where assessment_id = ? and level_code is not null"
                        + " union select level_code from criterion_score where assessment_id = ? and level_code is not null",
                row -> row.getString(1), assessmentId, assessmentId);
    }

    /** Assessments, optionally of one authority, one period, with or without the deleted ones; newest first. */
    List<Assessment> find(OnsCode authority, Period period, AssessmentStatus status, boolean deleted) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where " + (deleted ? "a.deleted_at is not null" : "a.deleted_at is null"));
        List<Object> params = new java.util.ArrayList<>();
        if (authority != null) {
            sql.append(" and a.authority_code = ?");
            params.add(authority.value());
        }
        if (period != null) {
            sql.append(" and a.period = ?");
            params.add(period.value());
        }
        if (status != null) {
            sql.append(" and a.status = ?");
            params.add(status.id());
        }
        sql.append(" order by a.period desc, a.authority_code, a.id desc");
        return db.query(sql.toString(), AssessmentRepository::assessment, params.toArray());
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
        return tx.queryOne("select level_code, narrative, change_reason from theme_score where assessment_id = ? and theme_id = ?",
                row -> new ThemeScore(theme.id(), theme.code(), row.getString(1), row.getString(2), false, row.getString(3)), assessmentId,
                theme.id());
    }

    Optional<CriterionScore> criterionScore(Sql tx, long assessmentId, uk.bestvalue.framework.Criterion criterion) {
        return tx.queryOne("select level_code, narrative from criterion_score where assessment_id = ? and criterion_id = ?",
                row -> new CriterionScore(criterion.id(), criterion.code(), row.getString(1), row.getString(2)), assessmentId, criterion.id());
    }

    /** Stored theme scores as (theme id, level, narrative, change reason, version). */
    List<Object[]> themeScores(long assessmentId) {
        return db.query("select theme_id, level_code, narrative, change_reason, row_version from theme_score where assessment_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5)}, assessmentId);
    }

    /** Stored criterion scores as (criterion id, level, narrative, version). */
    List<Object[]> criterionScores(long assessmentId) {
        return db.query("select criterion_id, level_code, narrative, row_version from criterion_score where assessment_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getInt(4)}, assessmentId);
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
