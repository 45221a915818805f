package uk.bestvalue.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.store.Sql;

/** The SQL of follow-on actions, their criteria and their progress notes. */
final class ActionRepository {
    private final Database db;

    ActionRepository(Database db) {
        this.db = db;
    }

    long insert(Sql tx, long assessmentId, String description, String owner, LocalDate due, ActionStatus status, String droppedReason,
                Long themeId, List<Long> criterionIds, Long carriedFromId, LocalDateTime now) {
        long id = tx.insert("insert into assessment_action (assessment_id, description, owner, due_date, status, dropped_reason, theme_id,"
                        + " carried_from_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assessmentId, description, owner, due, status.id(), droppedReason, themeId, carriedFromId, now);
        linkCriteria(tx, id, criterionIds);
        return id;
    }

    /** Changes an action still at version {@code from}; false, and nothing changed, when someone saved it in between. */
    boolean update(Sql tx, long actionId, String description, String owner, LocalDate due, ActionStatus status, String droppedReason,
                   Long themeId, List<Long> criterionIds, int from, String by, LocalDateTime at) {
        int updated = tx.update("update assessment_action set description = ?, owner = ?, due_date = ?, status = ?, dropped_reason = ?,"
                        + " theme_id = ?, row_version = row_version + 1, changed_by = ?, changed_at = ? where id = ? and row_version = ?",
                description, owner, due, status.id(), droppedReason, themeId, by, at, actionId, from);
        if (updated == 0) {
            return false;
        }
        tx.update("delete from action_criterion where action_id = ?", actionId);
        linkCriteria(tx, actionId, criterionIds);
        return true;
    }

    Optional<RowStamp> stamp(Sql tx, long actionId) {
        return tx.queryOne("select row_version, changed_by, changed_at from assessment_action where id = ?", row -> RowStamp.read(row, 1), actionId);
    }

    private static void linkCriteria(Sql tx, long actionId, List<Long> criterionIds) {
        tx.batch("insert into action_criterion (action_id, criterion_id) values (?, ?)",
                criterionIds.stream().map(c -> new Object[] {actionId, c}).toList());
    }

    void addUpdate(Sql tx, long actionId, LocalDate date, String note, LocalDateTime now) {
        tx.insert("insert into action_update (action_id, noted_on, note, created_at) values (?, ?, ?, ?)", actionId, date, note, now);
    }

    /** Puts an action under a theme and criteria of another framework version. */
    void reframe(Sql tx, long actionId, Long themeId, List<Long> criterionIds) {
        tx.update("update assessment_action set theme_id = ? where id = ?", themeId, actionId);
        tx.update("delete from action_criterion where action_id = ?", actionId);
        linkCriteria(tx, actionId, criterionIds);
    }

    /** Closes or reopens an action; a new version, so that an edit made from before it is refused rather than undoing it. */
    void setStatus(Sql tx, long actionId, ActionStatus status, String reason, String by, LocalDateTime at) {
        tx.update("update assessment_action set status = ?, dropped_reason = ?, row_version = row_version + 1, changed_by = ?, changed_at = ?"
                + " where id = ?", status.id(), reason, by, at, actionId);
    }

    void setDueDate(Sql tx, long actionId, LocalDate due, String by, LocalDateTime at) {
        tx.update("update assessment_action set due_date = ?, row_version = row_version + 1, changed_by = ?, changed_at = ? where id = ?",
                due, by, at, actionId);
    }

    boolean isCarriedForward(long actionId) {
        return db.count("select count(*) from assessment_action where carried_from_id = ?", actionId) > 0;
    }

    void delete(Sql tx, long actionId) {
        tx.update("delete from assessment_action where id = ?", actionId);
    }

    Optional<Long> assessmentOf(long actionId) {
        return db.queryOne("select assessment_id from assessment_action where id = ?", row -> row.getLong(1), actionId);
    }

    List<Action> forAssessment(long assessmentId) {
        Map<Long, List<String>> criteria = new HashMap<>();
        db.query("select ac.action_id, c.code from action_criterion ac join criterion c on c.id = ac.criterion_id"
                + " join assessment_action a on a.id = ac.action_id where a.assessment_id = ? order by c.code", row -> {
                    criteria.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
                    return null;
                }, assessmentId);
        Map<Long, List<ActionUpdate>> updates = new HashMap<>();
        db.query("select u.action_id, u.id, u.noted_on, u.note from action_update u join assessment_action a on a.id = u.action_id"
                + " where a.assessment_id = ? order by u.noted_on, u.id", row -> {
                    updates.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                            .add(new ActionUpdate(row.getLong(2), row.getObject(3, LocalDate.class), row.getString(4)));
                    return null;
                }, assessmentId);
        return db.query("select a.id, a.description, a.owner, a.due_date, a.status, a.dropped_reason, t.code, a.carried_from_id, a.row_version"
                        + " from assessment_action a left join theme t on t.id = a.theme_id where a.assessment_id = ?"
                        + " order by a.due_date nulls last, a.id",
                row -> new Action(row.getLong(1), assessmentId, row.getString(2), row.getString(3), row.getObject(4, LocalDate.class),
                        ActionStatus.fromId(row.getString(5)).orElseThrow(), row.getString(6), row.getString(7),
                        criteria.getOrDefault(row.getLong(1), List.of()), row.getObject(8, Long.class),
                        updates.getOrDefault(row.getLong(1), List.of()), row.getInt(9)),
                assessmentId);
    }
}
