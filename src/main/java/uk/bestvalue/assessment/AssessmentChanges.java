package uk.bestvalue.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.Conflict;
import uk.bestvalue.EditedMeanwhile;
import uk.bestvalue.NotFound;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.store.Sql;

/**
 * The one write path of an assessment. Every change to an assessment, its scores, evidence links,
 * actions and report draft goes through here: in one transaction the assessment is loaded, its
 * state checked, the change written, {@code updated_at} set and each change recorded in the audit
 * trail, so that a change and its record are stored together or not at all.
 */
public final class AssessmentChanges {
    private final Database db;
    private final AssessmentRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    public AssessmentChanges(Database db, AuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.repository = new AssessmentRepository(db);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs a change to an existing assessment that may still be edited. */
    public <T> T change(Actor actor, long assessmentId, Function<Change, T> work) {
        Objects.requireNonNull(actor, "actor");
        return db.transaction(tx -> {
            Assessment assessment = load(tx, assessmentId);
            requireEditable(assessment);
            Change change = new Change(tx, actor, assessment, LocalDateTime.now(clock));
            T result = work.apply(change);
            repository.touch(tx, assessmentId, change.now());
            return result;
        });
    }

    /**
     * Runs a change that may reach an assessment that is not editable: only deleting and restoring,
     * which change the state itself.
     */
    <T> T changeState(Actor actor, long assessmentId, Function<Change, T> work) {
        Objects.requireNonNull(actor, "actor");
        return db.transaction(tx -> {
            Assessment assessment = load(tx, assessmentId);
            Change change = new Change(tx, actor, assessment, LocalDateTime.now(clock));
            T result = work.apply(change);
            repository.touch(tx, assessmentId, change.now());
            return result;
        });
    }

    /** Creates an assessment and whatever comes with it (imported contents, what is rolled forward), recorded as one change. */
    long create(Actor actor, Assessment draft, Function<Change, Void> contents) {
        Objects.requireNonNull(actor, "actor");
        return db.transaction(tx -> {
            long id = repository.insert(tx, draft);
            Assessment created = load(tx, id);
            Change change = new Change(tx, actor, created, LocalDateTime.now(clock));
            change.record("assessment", id, "create", null, created);
            contents.apply(change);
            return id;
        });
    }

    /**
     * Optimistic locking, the check every edit of an assessment's rows makes inside its change:
     * refuses a save made from a version other than the one stored, naming who changed it and what
     * is stored now. A save that gives no version (a JSON client that leaves it out) goes ahead.
     */
    static void requireUnchanged(RowStamp stored, Integer loaded, String what, Supplier<String> storedNow) {
        if (!stored.allows(loaded)) {
            throw editedMeanwhile(stored, what, storedNow.get());
        }
    }

    /** The refusal of a save that lost to one made after the version it was loaded from. */
    static EditedMeanwhile editedMeanwhile(RowStamp stored, String what, String storedNow) {
        return new EditedMeanwhile(what, stored.version(), stored.changedBy(), stored.changedAt(), storedNow);
    }

    private Assessment load(Sql tx, long assessmentId) {
        return repository.get(tx, assessmentId).orElseThrow(() -> new NotFound("Assessment not found", "There is no assessment " + assessmentId));
    }

    private static void requireEditable(Assessment assessment) {
        if (assessment.deleted()) {
            throw new Conflict("Assessment " + assessment.id() + " is deleted; restore it before changing it");
        }
        if (assessment.status() == AssessmentStatus.STATUTORY_OFFICERS) {
            throw new Conflict("Assessment " + assessment.id() + " is with the statutory officers, who comment on it as it was sent to them,"
                    + " so it cannot be changed now; to change it, an authority admin sends it back to draft (their comments are then cleared)");
        }
        if (!assessment.status().editable()) {
            throw new Conflict("Assessment " + assessment.id() + " is " + assessment.status().label().toLowerCase()
                    + " and can no longer be changed");
        }
    }

    /** One change in progress: its transaction, who makes it, the assessment as loaded, and the audit record. */
    public final class Change {
        private final Sql tx;
        private final Actor actor;
        private final Assessment assessment;
        private final LocalDateTime now;

        private Change(Sql tx, Actor actor, Assessment assessment, LocalDateTime now) {
            this.tx = tx;
            this.actor = actor;
            this.assessment = assessment;
            this.now = now;
        }

        public Sql tx() {
            return tx;
        }

        public Actor actor() {
            return actor;
        }

        public Assessment assessment() {
            return assessment;
        }

        public LocalDateTime now() {
            return now;
        }

        /** Records in the audit trail what changed: the kind of thing, which one, what happened, before and after. */
        public void record(String entity, Object entityId, String action, Object before, Object after) {
            audit.record(tx, actor, assessment.authority().value(), entity, String.valueOf(entityId), action, recorded(before),
                    recorded(after));
        }
    }

    /** What the trail stores for a thing: an assessment as its plain fields (codes and text), anything else as it is. */
    static Object recorded(Object thing) {
        if (!(thing instanceof Assessment a)) {
            return thing;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", a.id());
        fields.put("authority", a.authority().value());
        fields.put("framework", a.versionReference());
        fields.put("period", a.period().value());
        fields.put("title", a.title());
        fields.put("owner", a.owner());
        fields.put("status", a.status().id());
        fields.put("scale", a.scaleKey());
        fields.put("scoring", a.scoring().id());
        fields.put("deriveThemeScores", a.deriveThemeScores());
        fields.put("example", a.example());
        fields.put("rolledFrom", a.rolledFromId());
        fields.put("deletedAt", a.deletedAt() == null ? null : a.deletedAt().toString());
        return fields;
    }
}
