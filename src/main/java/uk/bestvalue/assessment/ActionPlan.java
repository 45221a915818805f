package uk.bestvalue.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.NotFound;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.Theme;
import uk.bestvalue.store.Database;

/** The follow-on actions of an assessment: add, change, note progress, filter. */
public final class ActionPlan {
    private final AssessmentChanges changes;
    private final ActionRepository repository;
    private final Assessments assessments;
    private final Clock clock;

    public ActionPlan(Database db, AssessmentChanges changes, Assessments assessments, Clock clock) {
        this.changes = changes;
        this.repository = new ActionRepository(db);
        this.assessments = assessments;
        this.clock = clock;
    }

    public Action add(Actor actor, long assessmentId, ActionInput input) {
        FrameworkVersion version = assessments.version(assessments.assessment(assessmentId));
        Fields f = fields(version, input);
        long id = changes.change(actor, assessmentId, change -> {
            long actionId = repository.insert(change.tx(), assessmentId, f.description, f.owner, f.due, f.status, f.droppedReason,
                    f.themeId, f.criterionIds, null, change.now());
            change.record("action", actionId, "create", null, f);
            return actionId;
        });
        return action(assessmentId, id);
    }

    public Action update(Actor actor, long assessmentId, long actionId, ActionInput input) {
        requireIn(assessmentId, actionId);
        FrameworkVersion version = assessments.version(assessments.assessment(assessmentId));
        Fields f = fields(version, input);
        Action before = action(assessmentId, actionId);
        changes.change(actor, assessmentId, change -> {
            repository.update(change.tx(), actionId, f.description, f.owner, f.due, f.status, f.droppedReason, f.themeId, f.criterionIds);
            change.record("action", actionId, "update", before, f);
            return null;
        });
        return action(assessmentId, actionId);
    }

    public Action addProgress(Actor actor, long assessmentId, long actionId, ProgressInput input) {
        requireIn(assessmentId, actionId);
        Checks checks = new Checks();
        LocalDate date = checks.date("date", input.date());
        if (date == null && Checks.trimmed(input.date()) == null) {
            date = LocalDate.now(clock);
        }
        String note = checks.required("note", input.note(), Checks.TEXT);
        checks.throwIfAny();
        LocalDate noted = date;
        changes.change(actor, assessmentId, change -> {
            repository.addUpdate(change.tx(), actionId, noted, note, change.now());
            change.record("action_update", actionId, "create", null, new ProgressInput(noted.toString(), note));
            return null;
        });
        return action(assessmentId, actionId);
    }

    /** The actions, filtered by owner (exact, ignoring case), status and whether overdue; null means any. */
    public List<Action> actions(long assessmentId, String owner, ActionStatus status, Boolean overdue) {
        assessments.assessment(assessmentId);
        LocalDate today = LocalDate.now(clock);
        return repository.forAssessment(assessmentId).stream()
                .filter(a -> owner == null || a.owner().equalsIgnoreCase(owner.strip()))
                .filter(a -> status == null || a.status() == status)
                .filter(a -> overdue == null || a.isOverdue(today) == overdue)
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Action action(long assessmentId, long actionId) {
        return repository.forAssessment(assessmentId).stream().filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }

    private void requireIn(long assessmentId, long actionId) {
        if (!repository.assessmentOf(actionId).map(a -> a == assessmentId).orElse(false)) {
            throw new NotFound("Action not found", "Assessment " + assessmentId + " has no action " + actionId);
        }
    }

    private static Fields fields(FrameworkVersion version, ActionInput input) {
        Checks checks = new Checks();
        Fields fields = check(checks, version, input);
        checks.throwIfAny();
        return fields;
    }

    /** Checks an action's fields into {@code checks}; the result is meaningful only when no problem was found. */
    static Fields check(Checks checks, FrameworkVersion version, ActionInput input) {
        String description = checks.required("description", input.description(), Checks.TEXT);
        String owner = checks.required("owner", input.owner(), Checks.NAME);
        LocalDate due = checks.date("dueDate", input.dueDate());
        ActionStatus status = Checks.trimmed(input.status()) == null ? ActionStatus.NOT_STARTED
                : ActionStatus.fromId(input.status().strip()).orElse(null);
        if (status == null) {
            checks.fail("status", "'" + input.status() + "' is not a status; use not_started, in_progress, done or dropped");
        }
        String droppedReason = checks.optional("droppedReason", input.droppedReason(), Checks.TEXT);
        if (status == ActionStatus.DROPPED && droppedReason == null) {
            checks.fail("droppedReason", "say why the action was dropped");
        }
        Long themeId = null;
        if (Checks.trimmed(input.theme()) != null) {
            Theme theme = version.theme(input.theme().strip()).orElse(null);
            if (theme == null) {
                checks.fail("theme", "'" + input.theme() + "' is not a theme of " + version.reference());
            } else {
                themeId = theme.id();
            }
        }
        List<Long> criterionIds = new ArrayList<>();
        List<String> criteria = input.criteria() == null ? List.of() : input.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i) == null ? null : version.criterion(criteria.get(i).strip()).orElse(null);
            if (criterion == null) {
                checks.fail("criteria[" + (i + 1) + "]", "'" + criteria.get(i) + "' is not a criterion of " + version.reference());
            } else if (!criterionIds.contains(criterion.id())) {
                criterionIds.add(criterion.id());
            }
        }
        return new Fields(description, owner, due, status, status == ActionStatus.DROPPED ? droppedReason : null, themeId, criterionIds);
    }

    record Fields(String description, String owner, LocalDate due, ActionStatus status, String droppedReason, Long themeId,
                          List<Long> criterionIds) {
    }
}
