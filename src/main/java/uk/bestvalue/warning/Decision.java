package uk.bestvalue.warning;

import java.time.LocalDateTime;

/** What an assessment's editor decided about a flag: accepted as the evidence item named, or dismissed with a reason. */
public record Decision(long flagId, long assessmentId, String decision, String reason, Long evidenceId, String decidedBy,
                       LocalDateTime decidedAt) {
    public boolean accepted() {
        return "accepted".equals(decision);
    }
}
