package uk.bestvalue.assessment;

/**
 * Closing an action, as it arrives from a form or the API: the outcome ({@code done} for completed,
 * {@code superseded} or {@code dropped}), the reason (required unless completed) and the date
 * (today if blank).
 */
public record ActionClosure(String outcome, String reason, String date) {
}
