package uk.bestvalue.explorer;

import java.io.Reader;
import java.util.Iterator;
import java.util.List;

/** Value rows as the CSV text that COPY reads, produced a row at a time. */
final class CopyRows extends Reader {
    private final Iterator<ValueRow> rows;
    private final String importId;
    private String pending = "";
    private int offset;

    CopyRows(List<ValueRow> rows, long importId) {
        this.rows = rows.iterator();
        this.importId = Long.toString(importId);
    }

    @Override
    public int read(char[] buffer, int start, int length) {
        if (offset == pending.length()) {
            if (!rows.hasNext()) {
                return -1;
            }
            pending = line(rows.next());
            offset = 0;
        }
        int count = Math.min(length, pending.length() - offset);
        pending.getChars(offset, offset + count, buffer, start);
        offset += count;
        return count;
    }

    private String line(ValueRow r) {
        return quote(r.metricId()) + ',' + quote(r.period()) + ',' + r.authority() + ',' + (r.value() == null ? "" : r.value().toPlainString()) + ','
                + r.status().id() + ',' + (r.note() == null ? "" : quote(r.note())) + ',' + importId + '\n';
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        // nothing to release
    }
}
