package uk.bestvalue.authority;

/**
 * One thing wrong with a register file. {@code row} is the row as a spreadsheet numbers it (the
 * header is row 1); {@code column} is blank when the problem is with the row as a whole.
 */
public record RegisterProblem(long row, String column, String message) {
    @Override
    public String toString() {
        return "row " + row + (column == null || column.isBlank() ? "" : ", column " + column) + ": " + message;
    }
}
