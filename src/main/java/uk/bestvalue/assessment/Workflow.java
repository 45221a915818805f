package uk.bestvalue.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.Conflict;
import uk.bestvalue.NotAllowed;
import uk.bestvalue.NotFound;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.Database;

/**
 * The sign-off workflow: draft → in review → with the statutory officers → approved → reported →
 * published, and back with a reason. Each move is checked against the caller's roles at the
 * assessment's authority ({@link Transition}), made through {@link AssessmentChanges} and recorded
 * in the audit trail and the assessment's own list of moves, in one transaction.
 */
public final class Workflow {
    private final AssessmentChanges changes;
    private final Assessments assessments;
    private final WorkflowRepository repository;
    private final Clock clock;
    private final AuditTrail audit;

    public Workflow(Database db, AssessmentChanges changes, Assessments assessments, AuditTrail audit, Clock clock) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.repository = new WorkflowRepository(db);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public WorkflowView view(long assessmentId) {
        Assessment assessment = assessments.assessment(assessmentId);
        List<StatutoryComment> comments = repository.comments(assessmentId);
        List<Role> outstanding = WorkflowView.OFFICERS.stream().filter(r -> comments.stream().noneMatch(c -> c.role() == r)).toList();
        boolean moderation = moderation(assessment.authority().value());
        return new WorkflowView(assessment, repository.moves(assessmentId), comments, outstanding,
                assessment.deleted() ? List.of() : Transition.from(assessment.status()),
                blockers(assessment, outstanding, moderation), moderation);
    }

    /**
     * Why the assessment cannot be approved yet: outstanding comments (none is ever deemed given)
     * and, where the authority moderates, every theme not agreed by a reviewer.
     */
    private List<String> blockers(Assessment assessment, List<Role> outstanding, boolean moderation) {
        List<String> blockers = new ArrayList<>();
        if (assessment.status().compareTo(AssessmentStatus.APPROVED) >= 0) {
            return blockers;
        }
        for (Role role : outstanding) {
            blockers.add("The " + role.label() + "'s comment is outstanding");
        }
        blockers.addAll(unmoderated(assessment, moderation));
        return blockers;
    }

    /** Where the authority moderates: every theme whose score no reviewer has agreed, or whose challenge stands. */
    private List<String> unmoderated(Assessment assessment, boolean moderation) {
        List<String> blockers = new ArrayList<>();
        if (moderation) {
            AssessmentView view = assessments.view(assessment.id());
            for (uk.bestvalue.framework.Theme theme : view.version().themes()) {
                var review = view.reviewOf(theme.code());
                if (review.isEmpty()) {
                    blockers.add(theme.name() + " has not been moderated: no reviewer has agreed its score");
                } else if (!review.get().agreed()) {
                    blockers.add(theme.name() + ": " + review.get().reviewer() + "'s challenge is not resolved");
                }
            }
        }
        return blockers;
    }

    /** Whether the authority moderates its assessments: every theme agreed by a reviewer before approval. */
    public boolean moderation(String authority) {
        return repository.moderation(repository.db(), authority);
    }

    /** Turns moderation on or off for an authority; its authority admin (or the installation admin) only. */
    public boolean setModeration(Identity who, String authority, Boolean on) {
        Objects.requireNonNull(who, "who");
        if (on == null) {
            throw new uk.bestvalue.Invalid(List.of(new uk.bestvalue.FieldError("moderation", "Say whether the authority moderates: true or false")));
        }
        if (!repository.authorityExists(authority)) {
            throw new NotFound("Authority not found", "No authority in the register has the code " + authority);
        }
        if (!who.administers(authority)) {
            throw new NotAllowed("Only an authority admin of " + authority + " turns moderation on or off");
        }
        repository.db().transaction(tx -> {
            boolean before = repository.moderation(tx, authority);
            repository.setModeration(tx, authority, on, java.time.LocalDateTime.now(clock));
            audit.record(tx, who.actor(), authority, "workflow_settings", authority, "update", Map.of("moderation", before),
                    Map.of("moderation", on));
            return null;
        });
        return on;
    }

    /** Moves the assessment to the state the input names, if the caller may and the move is allowed from where it is. */
    public WorkflowView move(Identity who, long assessmentId, MoveInput input) {
        Objects.requireNonNull(who, "who");
        Checks checks = new Checks();
        AssessmentStatus to = null;
        if (Checks.trimmed(input.to()) == null) {
            checks.fail("to", "Choose the state to move the assessment to");
        } else {
            to = AssessmentStatus.fromId(input.to().strip()).orElse(null);
            if (to == null) {
                checks.fail("to", "'" + input.to() + "' is not a state; use one of "
                        + String.join(", ", java.util.Arrays.stream(AssessmentStatus.values()).map(AssessmentStatus::id).toList()));
            }
        }
        checks.throwIfAny();
        Assessment now = assessments.assessment(assessmentId);
        Transition transition = Transition.between(now.status(), to).orElseThrow(() -> new Conflict(
                "Assessment " + assessmentId + " is " + now.status().label().toLowerCase() + "; from there it can move to "
                        + String.join(" or ", Transition.from(now.status()).stream().map(t -> t.to().label().toLowerCase()).toList())
                        + ", not " + input.to().strip()));
        String authority = now.authority().value();
        if (!transition.allows(who, authority)) {
            throw new NotAllowed("Only " + transition.who() + " may " + transition.label().toLowerCase()
                    + "; your account (" + who.email() + ") may not");
        }
        String reason = transition.back()
                ? checks.required("reason", input.reason(), Checks.TEXT, "Enter why the assessment goes back to " + to.label().toLowerCase())
                : checks.optional("reason", input.reason(), Checks.TEXT);
        String committee = null;
        LocalDate meeting = null;
        String minute = null;
        if (transition.recordsMeeting()) {
            committee = checks.required("committee", input.committee(), Checks.NAME, "Enter the committee the assessment was reported to");
            meeting = checks.date("meetingDate", input.meetingDate());
            if (meeting == null && Checks.trimmed(input.meetingDate()) == null) {
                checks.fail("meetingDate", "Enter the date of the meeting");
            } else if (meeting != null && meeting.isAfter(LocalDate.now(clock))) {
                checks.fail("meetingDate", "The meeting date cannot be in the future: record the move once the committee has met");
            }
            minute = checks.required("minuteReference", input.minuteReference(), Checks.NAME, "Enter the minute reference");
        }
        checks.throwIfAny();
        Move move = new Move(transition.from(), transition.to(), reason, committee, meeting, minute, who.displayName(),
                java.time.LocalDateTime.now(clock));
        changes.changeState(who.actor(), assessmentId, change -> {
            Assessment before = change.assessment();
            if (before.deleted()) {
                throw new Conflict("Assessment " + assessmentId + " is deleted; restore it before moving it on");
            }
            if (transition.to() == AssessmentStatus.APPROVED) {
                requireApprovable(change, before);
            }
            if (transition.to() == AssessmentStatus.STATUTORY_OFFICERS) {
                // Nothing changes once the officers have it, so moderation must be finished before it goes to them.
                List<String> unmoderated = unmoderated(before, repository.moderation(change.tx(), before.authority().value()));
                if (!unmoderated.isEmpty()) {
                    throw new Conflict("The assessment cannot go to the statutory officers yet: " + String.join("; ", unmoderated));
                }
            }
            if (transition.to() == AssessmentStatus.PUBLISHED && repository.publishedAlongside(change.tx(), before) > 0) {
                throw new Conflict("Another assessment of this authority for " + before.period()
                        + " is published; unpublish it first, so that the year has one published assessment");
            }
            if (!repository.setStatus(change.tx(), assessmentId, transition.from(), transition.to())) {
                throw new Conflict("Assessment " + assessmentId + " was moved by someone else meanwhile; reload it and try again");
            }
            repository.insertMove(change.tx(), assessmentId, move, change.actor().userId());
            change.record("assessment", assessmentId, "move", Map.of("status", transition.from().id()), recorded(move));
            if (transition.to() == AssessmentStatus.DRAFT) {
                // The officers commented on what was sent to them; what comes back after changes needs their comments again.
                for (StatutoryComment comment : repository.comments(change.tx(), assessmentId)) {
                    change.record("statutory_comment", assessmentId + "/" + comment.role().code(), "delete", comment, null);
                }
                repository.clearComments(change.tx(), assessmentId);
            }
            return null;
        });
        return view(assessmentId);
    }

    private void requireApprovable(AssessmentChanges.Change change, Assessment assessment) {
        List<StatutoryComment> comments = repository.comments(change.tx(), assessment.id());
        List<Role> outstanding = WorkflowView.OFFICERS.stream().filter(r -> comments.stream().noneMatch(c -> c.role() == r)).toList();
        List<String> blockers = blockers(assessment, outstanding, repository.moderation(change.tx(), assessment.authority().value()));
        if (!blockers.isEmpty()) {
            throw new Conflict("The assessment cannot be approved yet: " + String.join("; ", blockers));
        }
    }

    /**
     * Records a statutory officer's comment while the assessment is with them. The caller must hold
     * that officer's role at the authority; {@code roleCode} may be left out when they hold only one.
     */
    public StatutoryComment comment(Identity who, long assessmentId, String roleCode, String text, String dateText) {
        Objects.requireNonNull(who, "who");
        Assessment assessment = assessments.assessment(assessmentId);
        String authority = assessment.authority().value();
        List<Role> held = WorkflowView.OFFICERS.stream().filter(who.rolesAt(authority)::contains).toList();
        Checks checks = new Checks();
        Role named = null;
        if (Checks.trimmed(roleCode) != null) {
            named = Role.of(roleCode).filter(WorkflowView.OFFICERS::contains).orElse(null);
            if (named == null) {
                checks.fail("role", "'" + roleCode + "' is not a statutory officer's role; use head-of-paid-service, chief-finance-officer or monitoring-officer");
            }
        }
        String comment = checks.required("comment", text, Checks.TEXT, "Enter the comment");
        LocalDate on = checks.date("date", dateText);
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            checks.fail("date", "The date of the comment cannot be in the future");
        }
        checks.throwIfAny();
        if (held.isEmpty() || (named != null && !held.contains(named))) {
            String whose = named == null ? "a statutory officer" : "the " + named.label();
            throw new NotAllowed("Only " + whose + " of this authority records " + (named == null ? "a statutory officer's" : "that")
                    + " comment; your account (" + who.email() + ") does not hold that role there");
        }
        if (named == null && held.size() > 1) {
            checks.fail("role", "Choose which of your statutory roles the comment is made in");
            checks.throwIfAny();
        }
        Role role = named != null ? named : held.get(0);
        StatutoryComment recorded = new StatutoryComment(role, who.displayName(), comment, on == null ? LocalDate.now(clock) : on);
        changes.changeState(who.actor(), assessmentId, change -> {
            if (change.assessment().deleted() || change.assessment().status() != AssessmentStatus.STATUTORY_OFFICERS) {
                throw new Conflict("Statutory officers comment while the assessment is with them; assessment " + assessmentId + " is "
                        + change.assessment().status().label().toLowerCase());
            }
            StatutoryComment before = repository.comments(change.tx(), assessmentId).stream().filter(c -> c.role() == role).findFirst().orElse(null);
            repository.saveComment(change.tx(), assessmentId, recorded, change.actor().userId(), change.now());
            change.record("statutory_comment", assessmentId + "/" + role.code(), before == null ? "create" : "update", before, recorded);
            return null;
        });
        return recorded;
    }

    /**
     * The assessment an authority published for a year, as the public reads it; nothing that is not
     * published is ever found here.
     */
    public Assessment published(String code, String periodText) {
        NotFound none = new NotFound("Nothing published here", "There is no published self-assessment at this address");
        if (code == null || !uk.bestvalue.authority.OnsCode.isValid(code)) {
            throw none;
        }
        uk.bestvalue.period.Period period;
        try {
            period = uk.bestvalue.period.Period.financialYear(periodText);
        } catch (IllegalArgumentException e) {
            throw none;
        }
        return assessments.find(uk.bestvalue.authority.OnsCode.parse(code), period, AssessmentStatus.PUBLISHED, false).stream()
                .findFirst().orElseThrow(() -> none);
    }

    /** Every published assessment, newest year first. */
    public List<Assessment> published() {
        return assessments.find(null, null, AssessmentStatus.PUBLISHED, false).stream()
                .sorted(java.util.Comparator.comparing(Assessment::period).reversed().thenComparing(a -> a.authority().value())).toList();
    }

    /** The stable public address of a published assessment, e.g. /published/E07000135/2023-24. */
    public static String publicPath(Assessment a) {
        return "/published/" + a.authority().value() + "/" + a.period().value().replace('/', '-');
    }

    private static Map<String, Object> recorded(Move move) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", move.to().id());
        if (move.reason() != null) {
            fields.put("reason", move.reason());
        }
        if (move.committee() != null) {
            fields.put("committee", move.committee());
            fields.put("meetingDate", move.meetingDate().toString());
            fields.put("minuteReference", move.minuteReference());
        }
        return fields;
    }
}
