package uk.bestvalue.report;

import java.util.List;
import java.util.Optional;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowMapper;
import uk.bestvalue.store.Sql;

/** The explorer's figures carried by evidence items. */
final class FigureRepository {
    private static final String COLUMNS = "id, evidence_id, metric_id, metric_title, unit, period, group_label, amount, median, lower_quartile, "
            + "upper_quartile, rank_in_group, group_size, source, licence, added_at";
    private static final RowMapper<EvidenceFigure> FIGURE = row -> new EvidenceFigure(row.getLong(1), row.getLong(2), row.getString(3),
            row.getString(4), row.getString(5), row.getString(6), row.getString(7), number(row, 8), number(row, 9), number(row, 10),
            number(row, 11), row.getObject(12) == null ? null : row.getInt(12), row.getInt(13), row.getString(14), row.getString(15),
            row.getTimestamp(16).toLocalDateTime());

    private final Database db;

    FigureRepository(Database db) {
        this.db = db;
    }

    /** Every figure carried by the evidence an assessment uses, in the order they were added. */
    List<EvidenceFigure> forAssessment(long assessmentId) {
        return db.query("select " + COLUMNS + " from evidence_figure where evidence_id in "
                + "(select evidence_id from assessment_evidence where assessment_id = ?) order by id", FIGURE, assessmentId);
    }

    Optional<EvidenceFigure> find(Sql sql, long id) {
        return sql.queryOne("select " + COLUMNS + " from evidence_figure where id = ?", FIGURE, id);
    }

    /** Replaces the evidence item's figure for the same metric and period, if there is one. */
    long put(Sql tx, EvidenceFigure f) {
        tx.update("delete from evidence_figure where evidence_id = ? and metric_id = ? and period = ?", f.evidenceId(), f.metricId(), f.period());
        return tx.insert("insert into evidence_figure (evidence_id, metric_id, metric_title, unit, period, group_label, amount, median, "
                        + "lower_quartile, upper_quartile, rank_in_group, group_size, source, licence, added_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.evidenceId(), f.metricId(), f.metricTitle(), f.unit(), f.period(), f.groupLabel(), f.value(), f.median(), f.lowerQuartile(),
                f.upperQuartile(), f.rank(), f.groupSize(), f.source(), f.licence(), f.addedAt());
    }

    List<EvidenceFigure> forEvidence(Sql sql, long evidenceId) {
        return sql.query("select " + COLUMNS + " from evidence_figure where evidence_id = ? order by id", FIGURE, evidenceId);
    }

    void delete(Sql tx, long id) {
        tx.update("delete from evidence_figure where id = ?", id);
    }

    private static Double number(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        double n = row.getDouble(column);
        return row.wasNull() ? null : n;
    }
}
