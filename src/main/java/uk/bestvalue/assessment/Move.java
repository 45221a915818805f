package uk.bestvalue.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One move of an assessment from one state to another, as recorded: who made it and when, the
 * reason (required for a move back), and for the move to "reported" the committee, the meeting
 * date and the minute reference.
 */
public record Move(AssessmentStatus from, AssessmentStatus to, String reason, String committee, LocalDate meetingDate,
                   String minuteReference, String movedBy, LocalDateTime movedAt) {

    /** Whether this move went back to an earlier state (a re-opening or unpublishing). */
    public boolean back() {
        return to.compareTo(from) < 0;
    }
}
