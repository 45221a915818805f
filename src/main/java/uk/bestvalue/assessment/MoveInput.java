package uk.bestvalue.assessment;

/**
 * A request to move an assessment, as typed or sent: the state to move to (its id, e.g.
 * {@code in_review}), a reason (needed to move back), and when recording it reported, the
 * committee, meeting date and minute reference.
 */
public record MoveInput(String to, String reason, String committee, String meetingDate, String minuteReference) {
}
