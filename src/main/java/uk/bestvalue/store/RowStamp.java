package uk.bestvalue.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * What optimistic locking keeps on an editable row: its version, and who saved it last and when.
 * Repositories select the columns {@code row_version, changed_by, changed_at} in that order and map
 * them with {@link #read}; a row not saved yet is {@link #UNSAVED}, version 0.
 */
public record RowStamp(int version, String changedBy, LocalDateTime changedAt) {
    public static final RowStamp UNSAVED = new RowStamp(0, null, null);

    /** The three stamp columns from {@code first} on. */
    public static RowStamp read(ResultSet row, int first) throws SQLException {
        return new RowStamp(row.getInt(first), row.getString(first + 1), row.getObject(first + 2, LocalDateTime.class));
    }

    /** True when a save made from {@code loaded} (null: not given, save whatever is stored) may go ahead. */
    public boolean allows(Integer loaded) {
        return loaded == null || loaded == version;
    }
}
