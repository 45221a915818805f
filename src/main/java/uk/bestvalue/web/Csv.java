package uk.bestvalue.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.List;
import uk.bestvalue.CsvCell;

/** Tables as CSV downloads: the same rows as the JSON, a header first, every cell safe to open in a spreadsheet. */
final class Csv {
    private Csv() {
    }

    static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().endsWith(".csv") || (accept != null && accept.contains("text/csv"));
    }

    static void send(Context ctx, String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(header);
        for (List<Object> row : rows) {
            csv.writeRecord(row.stream().map(v -> v == null ? "" : CsvCell.safe(String.valueOf(v))).toList());
        }
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.contentType("text/csv; charset=utf-8");
        Attachment.name(ctx, fileName);
        ctx.result(out.toString());
    }
}
