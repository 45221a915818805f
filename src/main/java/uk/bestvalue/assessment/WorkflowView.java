package uk.bestvalue.assessment;

import java.util.List;
import java.util.Optional;
import uk.bestvalue.auth.Role;

/**
 * Where an assessment is in its sign-off: its state, every move so far, the statutory officers'
 * comments and whose is outstanding, the moves that can be made next, and what stands in the way of
 * approval.
 *
 * @param blockers   why the assessment cannot be approved yet, as sentences; empty when nothing does
 * @param moderation whether the authority moderates: every theme agreed by a reviewer before approval
 */
public record WorkflowView(Assessment assessment, List<Move> moves, List<StatutoryComment> comments, List<Role> outstanding,
                           List<Transition> next, List<String> blockers, boolean moderation) {
    /** The three statutory officers in the order reports name them. */
    public static final List<Role> OFFICERS = List.of(Role.HEAD_OF_PAID_SERVICE, Role.CHIEF_FINANCE_OFFICER, Role.MONITORING_OFFICER);

    public WorkflowView {
        moves = List.copyOf(moves);
        comments = List.copyOf(comments);
        outstanding = List.copyOf(outstanding);
        next = List.copyOf(next);
        blockers = List.copyOf(blockers);
    }

    public AssessmentStatus status() {
        return assessment.status();
    }

    public Optional<StatutoryComment> comment(Role role) {
        return comments.stream().filter(c -> c.role() == role).findFirst();
    }

    /** The latest move to "reported": the committee, meeting and minute, while the assessment is reported or published. */
    public Optional<Move> reported() {
        if (assessment.status().compareTo(AssessmentStatus.REPORTED) < 0) {
            return Optional.empty();
        }
        return moves.stream().filter(m -> m.to() == AssessmentStatus.REPORTED && m.from() == AssessmentStatus.APPROVED)
                .reduce((first, second) -> second);
    }

    /** Whether statutory officers may record their comments now. */
    public boolean takingComments() {
        return assessment.status() == AssessmentStatus.STATUTORY_OFFICERS;
    }
}
