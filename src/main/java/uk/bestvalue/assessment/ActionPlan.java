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
import uk.bestvalue.store.RowStamp;

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
        String what = "this action";
        changes.change(actor, assessmentId, change -> {
            RowStamp stamp = repository.stamp(change.tx(), actionId).orElseThrow();
            AssessmentChanges.requireUnchanged(stamp, input.version(), what, () -> storedNow(before));
            if (!repository.update(change.tx(), actionId, f.description, f.owner, f.due, f.status, f.droppedReason, f.themeId, f.criterionIds,
                    stamp.version(), change.actor().displayName(), change.now())) {
                throw AssessmentChanges.editedMeanwhile(repository.stamp(change.tx(), actionId).orElseThrow(), what, null);
            }
            change.record("action", actionId, "update", before, f);
            return null;
        });
        return action(assessmentId, actionId);
    }

    /** An action as stored, in a few words, for telling an editor what is saved now. */
    private static String storedNow(Action action) {
        String text = action.description().length() > 120 ? action.description().substring(0, 117) + "..." : action.description();
        return "\"" + text + "\", owner " + action.owner() + ", " + action.status().label().toLowerCase(java.util.Locale.UK)
                + (action.dueDate() == null ? "" : ", due " + action.dueDate());
    }

    public Action addProgress(Actor actor, long assessmentId, long actionId, ProgressInput input) {
        requireIn(assessmentId, actionId);
        Checks checks = new Checks();
        LocalDate date = checks.date("date", input.date());
        if (date == null && Checks.trimmed(input.date()) == null) {
            date = LocalDate.now(clock);
        } else if (date != null && date.isAfter(LocalDate.now(clock))) {
            checks.fail("date", "The date of the progress note cannot be in the future");
        }
        String note = checks.required("note", input.note(), Checks.TEXT, "Enter the progress note");
        checks.throwIfAny();
        LocalDate noted = date;
        changes.change(actor, assessmentId, change -> {
            repository.addUpdate(change.tx(), actionId, noted, note, change.now());
            change.record("action_update", actionId, "create", null, new ProgressInput(noted.toString(), note));
            return null;
        });
        return action(assessmentId, actionId);
    }

    /**
     * Closes an action as completed, superseded or dropped. Superseded and dropped need a reason; the
     * closing is also noted in the action's progress, so its history says when and why.
     */
    public Action close(Actor actor, long assessmentId, long actionId, ActionClosure closure) {
        requireIn(assessmentId, actionId);
        Checks checks = new Checks();
        ActionStatus outcome = Checks.trimmed(closure.outcome()) == null ? null : ActionStatus.fromId(closure.outcome().strip())
                .filter(s -> !s.isOpen()).orElse(null);
        if (outcome == null) {
            checks.fail("outcome", Checks.trimmed(closure.outcome()) == null ? "Choose how the action closed: completed, superseded or dropped"
                    : "'" + closure.outcome() + "' is not a way to close an action; use done, superseded or dropped");
        }
        String reason = checks.optional("reason", closure.reason(), Checks.TEXT);
        if (outcome != null && outcome.needsReason() && reason == null) {
            checks.fail("reason", outcome == ActionStatus.DROPPED ? "Enter why the action was dropped" : "Enter what superseded the action");
        }
        LocalDate date = checks.date("date", closure.date());
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            checks.fail("date", "The date the action closed cannot be in the future");
        }
        checks.throwIfAny();
        Action before = action(assessmentId, actionId);
        if (!before.status().isOpen()) {
            throw new uk.bestvalue.Conflict("The action is already closed as " + before.status().label().toLowerCase());
        }
        LocalDate closedOn = date == null ? LocalDate.now(clock) : date;
        changes.change(actor, assessmentId, change -> {
            repository.setStatus(change.tx(), actionId, outcome, outcome.needsReason() ? reason : null, change.actor().displayName(), change.now());
            repository.addUpdate(change.tx(), actionId, closedOn, "Closed as " + outcome.label().toLowerCase()
                    + (reason == null ? "." : ": " + reason), change.now());
            change.record("action", actionId, "close", before, closure);
            return null;
        });
        return action(assessmentId, actionId);
    }

    /** New due dates for several actions at once, e.g. those carried into a new year; a blank date removes the due date. */
    public List<Action> redate(Actor actor, long assessmentId, List<DueDate> dates) {
        assessments.assessment(assessmentId);
        Checks checks = new Checks();
        List<Action> current = repository.forAssessment(assessmentId);
        List<Object[]> changed = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            DueDate due = dates.get(i);
            Checks at = checks.at("items[" + (i + 1) + "]");
            Action action = current.stream().filter(a -> due.action() != null && a.id() == due.action()).findFirst().orElse(null);
            if (action == null) {
                throw new NotFound("Action not found", "Assessment " + assessmentId + " has no action " + due.action());
            }
            LocalDate date = at.date("dueDate", due.dueDate());
            changed.add(new Object[] {action, date});
        }
        checks.throwIfAny();
        changes.change(actor, assessmentId, change -> {
            for (Object[] row : changed) {
                Action action = (Action) row[0];
                repository.setDueDate(change.tx(), action.id(), (LocalDate) row[1], change.actor().displayName(), change.now());
                change.record("action", action.id(), "redate", action.dueDate(), row[1]);
            }
            return null;
        });
        return repository.forAssessment(assessmentId);
    }

    /** Deletes an action entered by mistake; one carried into a later year cannot go (close it as dropped instead). */
    public void delete(Actor actor, long assessmentId, long actionId) {
        requireIn(assessmentId, actionId);
        Action before = action(assessmentId, actionId);
        if (repository.isCarriedForward(actionId)) {
            throw new uk.bestvalue.Conflict("The action was carried into a later assessment; close it as dropped instead of deleting it");
        }
        changes.change(actor, assessmentId, change -> {
            repository.delete(change.tx(), actionId);
            change.record("action", actionId, "delete", before, null);
            return null;
        });
    }

    /** One action's new due date, as text; blank for none. */
    public record DueDate(Long action, String dueDate) {
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

    public Action action(long assessmentId, long actionId) {
        requireIn(assessmentId, actionId);
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
        String description = checks.required("description", input.description(), Checks.TEXT, "Enter the action");
        String owner = checks.required("owner", input.owner(), Checks.NAME, "Enter who owns the action");
        LocalDate due = checks.date("dueDate", input.dueDate());
        ActionStatus status = Checks.trimmed(input.status()) == null ? ActionStatus.NOT_STARTED
                : ActionStatus.fromId(input.status().strip()).orElse(null);
        if (status == null) {
            checks.fail("status", "'" + input.status() + "' is not a status; use not_started, in_progress, done, superseded or dropped");
        }
        String droppedReason = checks.optional("droppedReason", input.droppedReason(), Checks.TEXT);
        if (status != null && status.needsReason() && droppedReason == null) {
            checks.fail("droppedReason", status == ActionStatus.DROPPED ? "Enter why the action was dropped"
                    : "Enter what superseded the action");
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
        return new Fields(description, owner, due, status, status != null && status.needsReason() ? droppedReason : null, themeId,
                criterionIds);
    }

    record Fields(String description, String owner, LocalDate due, ActionStatus status, String droppedReason, Long themeId,
                          List<Long> criterionIds) {
    }
}
