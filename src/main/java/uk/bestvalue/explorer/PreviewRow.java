package uk.bestvalue.explorer;

/**
 * One value as a recipe reads it from a file, before anything is checked against the catalogue or
 * written: what the upload page shows so that a user can see the recipe reads the file as meant.
 */
public record PreviewRow(long row, String code, String name, String period, String metric, String value, String status, String problem) {
}
