package uk.bestvalue.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.bestvalue.assessment.Move;
import uk.bestvalue.assessment.StatutoryComment;
import uk.bestvalue.assessment.Transition;
import uk.bestvalue.assessment.WorkflowView;
import uk.bestvalue.auth.Role;

/** An assessment's sign-off as the API shows it: state, moves, statutory officers' comments, what can happen next. */
record WorkflowJson(long assessment, String status, String statusLabel, List<MoveJson> moves, List<CommentJson> statutoryComments,
                    List<String> outstanding, List<NextJson> next, List<String> blockers, boolean moderation) {

    record MoveJson(String from, String to, String reason, String committee, LocalDate meetingDate, String minuteReference,
                    String by, LocalDateTime at) {
    }

    record CommentJson(String role, String officer, String comment, LocalDate date) {
    }

    record NextJson(String to, String label, String who, boolean needsReason) {
    }

    static WorkflowJson of(WorkflowView view) {
        return new WorkflowJson(view.assessment().id(), view.status().id(), view.status().label(),
                view.moves().stream().map(WorkflowJson::move).toList(),
                view.comments().stream().map(WorkflowJson::comment).toList(),
                view.outstanding().stream().map(Role::code).toList(),
                view.next().stream().map(WorkflowJson::next).toList(),
                view.blockers(), view.moderation());
    }

    static CommentJson comment(StatutoryComment c) {
        return new CommentJson(c.role().code(), c.officer(), c.comment(), c.commentedOn());
    }

    private static MoveJson move(Move m) {
        return new MoveJson(m.from().id(), m.to().id(), m.reason(), m.committee(), m.meetingDate(), m.minuteReference(), m.movedBy(), m.movedAt());
    }

    private static NextJson next(Transition t) {
        return new NextJson(t.to().id(), t.label(), t.who(), t.back());
    }
}
