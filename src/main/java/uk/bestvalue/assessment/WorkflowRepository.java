package uk.bestvalue.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Sql;

/** The SQL of the sign-off workflow: an assessment's state, its moves and the statutory officers' comments. */
final class WorkflowRepository {
    private final Database db;

    WorkflowRepository(Database db) {
        this.db = db;
    }

    /** Moves the assessment only if it is still in the state the move starts from; false when someone moved it first. */
    boolean setStatus(Sql tx, long assessmentId, AssessmentStatus from, AssessmentStatus to) {
        return tx.update("update assessment set status = ? where id = ? and status = ?", to.id(), assessmentId, from.id()) == 1;
    }

    void insertMove(Sql tx, long assessmentId, Move move, Long accountId) {
        tx.insert("insert into assessment_move (assessment_id, from_status, to_status, reason, committee, meeting_date, minute_reference,"
                        + " account_id, moved_by, moved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assessmentId, move.from().id(), move.to().id(), move.reason(), move.committee(), move.meetingDate(), move.minuteReference(),
                accountId, move.movedBy(), move.movedAt());
    }

    List<Move> moves(long assessmentId) {
        return db.query("select from_status, to_status, reason, committee, meeting_date, minute_reference, moved_by, moved_at"
                + " from assessment_move where assessment_id = ? order by id", row -> new Move(
                AssessmentStatus.fromId(row.getString(1)).orElseThrow(), AssessmentStatus.fromId(row.getString(2)).orElseThrow(),
                row.getString(3), row.getString(4), date(row.getDate(5)), row.getString(6), row.getString(7),
                row.getTimestamp(8).toLocalDateTime()), assessmentId);
    }

    List<StatutoryComment> comments(Sql sql, long assessmentId) {
        return sql.query("select role, officer, comment_text, commented_on from statutory_comment where assessment_id = ?",
                row -> new StatutoryComment(Role.of(row.getString(1)).orElseThrow(), row.getString(2), row.getString(3),
                        row.getDate(4).toLocalDate()), assessmentId)
                .stream().sorted(java.util.Comparator.comparing(StatutoryComment::role)).toList();
    }

    List<StatutoryComment> comments(long assessmentId) {
        return comments(db, assessmentId);
    }

    void saveComment(Sql tx, long assessmentId, StatutoryComment comment, Long accountId, LocalDateTime now) {
        tx.update("delete from statutory_comment where assessment_id = ? and role = ?", assessmentId, comment.role().code());
        tx.update("insert into statutory_comment (assessment_id, role, officer, comment_text, commented_on, account_id, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", assessmentId, comment.role().code(), comment.officer(), comment.comment(),
                comment.commentedOn(), accountId, now);
    }

    void clearComments(Sql tx, long assessmentId) {
        tx.update("delete from statutory_comment where assessment_id = ?", assessmentId);
    }

    /** Other assessments of the authority already published for the same year. */
    long publishedAlongside(Sql tx, Assessment a) {
        return tx.count("select count(*) from assessment where authority_code = ? and period = ? and status = ? and id <> ?",
                a.authority().value(), a.period().value(), AssessmentStatus.PUBLISHED.id(), a.id());
    }

    /** Whether the authority moderates: every theme agreed by a reviewer before approval. Off until turned on. */
    boolean moderation(Sql sql, String authority) {
        return sql.queryOne("select moderation from authority_workflow where authority_code = ?", row -> row.getBoolean(1), authority)
                .orElse(false);
    }

    void setModeration(Sql tx, String authority, boolean on, LocalDateTime now) {
        if (tx.update("update authority_workflow set moderation = ?, updated_at = ? where authority_code = ?", on, now, authority) == 0) {
            tx.update("insert into authority_workflow (authority_code, moderation, updated_at) values (?, ?, ?)", authority, on, now);
        }
    }

    boolean authorityExists(String code) {
        return db.count("select count(*) from authority where code = ?", code) > 0;
    }

    Database db() {
        return db;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
