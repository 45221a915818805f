package uk.bestvalue.assessment;

/** A dated progress note on an action. */
public record ProgressInput(String date, String note) {
}
