package uk.bestvalue.assessment;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import uk.bestvalue.CsvCell;

/** The action plan as CSV, one row per action, for a corporate performance system or a spreadsheet; text that a spreadsheet would run as a formula is neutralised. */
public final class ActionCsv {
    private ActionCsv() {
    }

    public static void write(List<Action> actions, LocalDate today, Writer out) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord("action_id", "theme", "criteria", "description", "owner", "due_date", "status", "overdue", "dropped_reason",
                "carried_from_last_year", "latest_update_date", "latest_update");
        for (Action a : actions) {
            ActionUpdate latest = a.updates().isEmpty() ? null : a.updates().get(a.updates().size() - 1);
            csv.writeRecord(String.valueOf(a.id()), nullToEmpty(a.themeCode()), String.join(" ", a.criterionCodes()), CsvCell.safe(a.description()),
                    CsvCell.safe(a.owner()), a.dueDate() == null ? "" : a.dueDate().toString(), a.status().id(), a.isOverdue(today) ? "yes" : "no",
                    CsvCell.safe(nullToEmpty(a.droppedReason())), a.isCarried() ? "yes" : "no",
                    latest == null ? "" : latest.date().toString(), latest == null ? "" : CsvCell.safe(latest.note()));
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
