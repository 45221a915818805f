package uk.bestvalue.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.store.Sql;

/** The SQL of the evidence library and of evidence used in assessments. */
final class EvidenceRepository {
    private static final String ITEM = "e.id, e.authority_code, e.title, e.description, e.link, e.document_ref, e.owner, e.evidence_date,"
            + " e.row_version";

    private final Database db;

    EvidenceRepository(Database db) {
        this.db = db;
    }

    long insertItem(Sql tx, OnsCode authority, String title, String description, String link, String documentRef, String owner,
                    LocalDate date, LocalDateTime now) {
        return tx.insert("insert into evidence (authority_code, title, description, link, document_ref, owner, evidence_date, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", authority.value(), title, description, link, documentRef, owner, date, now);
    }

    void updateItem(Sql tx, long id, String title, String description, String link, String documentRef, String owner, LocalDate date) {
        tx.update("update evidence set title = ?, description = ?, link = ?, document_ref = ?, owner = ?, evidence_date = ? where id = ?",
                title, description, link, documentRef, owner, date, id);
    }

    /** Changes an item still at version {@code from}; false, and nothing changed, when someone saved it in between. */
    boolean updateItem(Sql tx, long id, String title, String description, String link, String documentRef, String owner, LocalDate date,
                       int from, String by, LocalDateTime at) {
        return tx.update("update evidence set title = ?, description = ?, link = ?, document_ref = ?, owner = ?, evidence_date = ?,"
                        + " row_version = row_version + 1, changed_by = ?, changed_at = ? where id = ? and row_version = ?",
                title, description, link, documentRef, owner, date, by, at, id, from) == 1;
    }

    Optional<RowStamp> stamp(Sql tx, long id) {
        return tx.queryOne("select row_version, changed_by, changed_at from evidence where id = ?", row -> RowStamp.read(row, 1), id);
    }

    Optional<EvidenceItem> item(long id) {
        return db.queryOne("select " + ITEM + " from evidence e where e.id = ?", EvidenceRepository::item, id);
    }

    /** An identical library item (same authority, title, link and date), so that an import reuses rather than duplicates. */
    Optional<Long> sameItem(Sql tx, OnsCode authority, String title, String link, LocalDate date) {
        return tx.queryOne("select id from evidence where authority_code = ? and title = ? and coalesce(link, '') = ?"
                        + " and coalesce(evidence_date, date '1900-01-01') = ? order by id",
                row -> row.getLong(1), authority.value(), title, link == null ? "" : link,
                date == null ? LocalDate.of(1900, 1, 1) : date);
    }

    List<EvidenceItem> library(OnsCode authority) {
        return db.query("select " + ITEM + " from evidence e where e.authority_code = ? order by e.title, e.id",
                EvidenceRepository::item, authority.value());
    }

    boolean isUsed(long assessmentId, long evidenceId) {
        return db.count("select count(*) from assessment_evidence where assessment_id = ? and evidence_id = ?", assessmentId, evidenceId) > 0;
    }

    /** Puts an item into an assessment with exactly these links (replacing any earlier ones). */
    void use(Sql tx, long assessmentId, long evidenceId, boolean toRefresh, List<EvidenceLink> links) {
        int updated = tx.update("update assessment_evidence set to_refresh = ? where assessment_id = ? and evidence_id = ?",
                toRefresh, assessmentId, evidenceId);
        if (updated == 0) {
            tx.update("insert into assessment_evidence (assessment_id, evidence_id, to_refresh) values (?, ?, ?)",
                    assessmentId, evidenceId, toRefresh);
        }
        tx.update("delete from evidence_link where assessment_id = ? and evidence_id = ?", assessmentId, evidenceId);
        tx.batch("insert into evidence_link (assessment_id, evidence_id, criterion_id, stance) values (?, ?, ?, ?)",
                links.stream().map(l -> new Object[] {assessmentId, evidenceId, l.criterionId(), l.stance().id()}).toList());
    }

    /** Whether any assessment other than this one uses the item. */
    boolean usedElsewhere(Sql tx, long evidenceId, long assessmentId) {
        return tx.count("select count(*) from assessment_evidence where evidence_id = ? and assessment_id <> ?", evidenceId, assessmentId) > 0;
    }

    void deleteItem(Sql tx, long evidenceId) {
        tx.update("delete from evidence where id = ?", evidenceId);
    }

    int deleteLink(Sql tx, long assessmentId, long evidenceId, long criterionId) {
        return tx.update("delete from evidence_link where assessment_id = ? and evidence_id = ? and criterion_id = ?",
                assessmentId, evidenceId, criterionId);
    }

    void stopUsing(Sql tx, long assessmentId, long evidenceId) {
        tx.update("delete from assessment_evidence where assessment_id = ? and evidence_id = ?", assessmentId, evidenceId);
    }

    List<EvidenceUse> uses(long assessmentId) {
        Map<Long, List<EvidenceLink>> links = new HashMap<>();
        db.query("select l.evidence_id, l.criterion_id, c.code, l.stance from evidence_link l join criterion c on c.id = l.criterion_id"
                + " where l.assessment_id = ? order by c.code", row -> {
                    links.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                            .add(new EvidenceLink(row.getLong(2), row.getString(3), Stance.fromId(row.getString(4)).orElseThrow()));
                    return null;
                }, assessmentId);
        return db.query("select " + ITEM + ", ae.to_refresh from assessment_evidence ae join evidence e on e.id = ae.evidence_id"
                        + " where ae.assessment_id = ? order by e.title, e.id",
                row -> new EvidenceUse(item(row), row.getBoolean("to_refresh"), links.getOrDefault(row.getLong("id"), List.of())),
                assessmentId);
    }

    private static EvidenceItem item(ResultSet row) throws SQLException {
        return new EvidenceItem(row.getLong("id"), new OnsCode(row.getString("authority_code")), row.getString("title"),
                row.getString("description"), row.getString("link"), row.getString("document_ref"), row.getString("owner"),
                row.getObject("evidence_date", LocalDate.class), row.getInt("row_version"));
    }
}
