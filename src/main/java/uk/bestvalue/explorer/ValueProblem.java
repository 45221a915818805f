package uk.bestvalue.explorer;

/** One thing wrong with a row of a values file: the row as a spreadsheet numbers it (header = 1) and the column. */
public record ValueProblem(long row, String column, String message) {
    @Override
    public String toString() {
        return "row " + row + (column == null || column.isBlank() ? "" : ", column " + column) + ": " + message;
    }
}
