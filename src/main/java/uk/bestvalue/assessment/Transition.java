package uk.bestvalue.assessment;

import static uk.bestvalue.assessment.AssessmentStatus.APPROVED;
import static uk.bestvalue.assessment.AssessmentStatus.DRAFT;
import static uk.bestvalue.assessment.AssessmentStatus.IN_REVIEW;
import static uk.bestvalue.assessment.AssessmentStatus.PUBLISHED;
import static uk.bestvalue.assessment.AssessmentStatus.REPORTED;
import static uk.bestvalue.assessment.AssessmentStatus.STATUTORY_OFFICERS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Role;

/**
 * One move the workflow allows: from which state to which, what people call it, and which roles at
 * the assessment's authority may make it. Every move back needs a reason. An installation admin may
 * make every move (but never comments for a statutory officer).
 */
public record Transition(AssessmentStatus from, AssessmentStatus to, String label, Set<Role> roles) {
    private static final Set<Role> EDITORS = Set.of(Role.EDITOR, Role.AUTHORITY_ADMIN);
    private static final Set<Role> REVIEWERS = Set.of(Role.REVIEWER, Role.AUTHORITY_ADMIN);
    private static final Set<Role> ADMINS = Set.of(Role.AUTHORITY_ADMIN);

    /** Every move there is, forward moves first from each state. */
    public static final List<Transition> ALL = List.of(
            new Transition(DRAFT, IN_REVIEW, "Submit for review", EDITORS),
            new Transition(IN_REVIEW, STATUTORY_OFFICERS, "Send to the statutory officers", REVIEWERS),
            new Transition(IN_REVIEW, DRAFT, "Send back to draft", REVIEWERS),
            new Transition(STATUTORY_OFFICERS, APPROVED, "Approve", ADMINS),
            new Transition(STATUTORY_OFFICERS, DRAFT, "Send back to draft", ADMINS),
            new Transition(APPROVED, REPORTED, "Record as reported to committee", ADMINS),
            new Transition(APPROVED, DRAFT, "Re-open as a draft", ADMINS),
            new Transition(REPORTED, PUBLISHED, "Publish", ADMINS),
            new Transition(REPORTED, DRAFT, "Re-open as a draft", ADMINS),
            new Transition(PUBLISHED, REPORTED, "Unpublish", ADMINS));

    public Transition {
        roles = Set.copyOf(roles);
    }

    public static List<Transition> from(AssessmentStatus state) {
        return ALL.stream().filter(t -> t.from == state).toList();
    }

    public static Optional<Transition> between(AssessmentStatus from, AssessmentStatus to) {
        return ALL.stream().filter(t -> t.from == from && t.to == to).findFirst();
    }

    /** A move back to an earlier state: it needs a reason. */
    public boolean back() {
        return to.compareTo(from) < 0;
    }

    public boolean recordsMeeting() {
        return to == REPORTED && from == APPROVED;
    }

    /** Whether this caller may make the move at this authority. */
    public boolean allows(Identity who, String authority) {
        return who.installationAdmin() || who.rolesAt(authority).stream().anyMatch(roles::contains);
    }

    /** Who may make the move, as people read it, e.g. "an editor or authority admin". */
    public String who() {
        List<String> names = Role.sorted(roles).stream().map(r -> r.label().toLowerCase(java.util.Locale.ROOT)).toList();
        String joined = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return (joined.startsWith("a") || joined.startsWith("e") ? "an " : "a ") + joined;
    }
}
