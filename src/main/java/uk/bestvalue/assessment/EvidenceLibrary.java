package uk.bestvalue.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.bestvalue.Actor;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;

/**
 * An authority's evidence library and the evidence each assessment uses. An item is written once
 * and used in any year's assessment, each time with the criteria it bears on there.
 */
public final class EvidenceLibrary {
    private final AssessmentChanges changes;
    private final EvidenceRepository repository;
    private final Assessments assessments;
    private final Clock clock;
    private final List<EvidenceDependents> dependents = new java.util.concurrent.CopyOnWriteArrayList<>();

    public EvidenceLibrary(Database db, AssessmentChanges changes, Assessments assessments, Clock clock) {
        this.changes = changes;
        this.repository = new EvidenceRepository(db);
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Another feature that keeps something about evidence items and lets go of it when one is removed. */
    public void addDependents(EvidenceDependents more) {
        dependents.add(more);
    }

    public List<EvidenceItem> library(OnsCode authority) {
        return repository.library(authority);
    }

    /** Adds evidence to an assessment: a new library item, or an existing one reused, with its links. */
    public EvidenceUse add(Actor actor, long assessmentId, EvidenceInput input) {
        return add(actor, assessmentId, input, (change, itemId) -> {
        });
    }

    /**
     * Adds a new library item as {@link #add} does, and runs {@code alongside} in the same change with the
     * new item's id, so that what comes with the item (an early-warning flag's frozen figures and the
     * decision to accept it) is stored with it or not at all.
     */
    public EvidenceUse add(Actor actor, long assessmentId, EvidenceInput input,
                           java.util.function.BiConsumer<AssessmentChanges.Change, Long> alongside) {
        Assessment assessment = assessments.assessment(assessmentId);
        FrameworkVersion version = assessments.version(assessment);
        Checks checks = new Checks();
        List<EvidenceLink> links = links(checks, version, input.links());
        if (input.evidenceId() != null) {
            EvidenceItem item = repository.item(input.evidenceId()).filter(i -> i.authority().equals(assessment.authority()))
                    .orElse(null);
            if (item == null) {
                checks.fail("evidenceId", "no item " + input.evidenceId() + " is in this authority's evidence library");
            }
            checks.throwIfAny();
            changes.change(actor, assessmentId, change -> {
                repository.use(change.tx(), assessmentId, item.id(), false, links);
                change.record("evidence_use", item.id(), "create", null, links);
                return null;
            });
            return use(assessmentId, item.id());
        }
        Item fields = fields(checks, input);
        checks.throwIfAny();
        long id = changes.change(actor, assessmentId, change -> {
            long itemId = repository.insertItem(change.tx(), assessment.authority(), fields.title, fields.description, fields.link,
                    fields.documentRef, fields.owner, fields.date, change.now());
            repository.use(change.tx(), assessmentId, itemId, false, links);
            change.record("evidence", itemId, "create", null, fields);
            change.record("evidence_use", itemId, "create", null, links);
            alongside.accept(change, itemId);
            return itemId;
        });
        return use(assessmentId, id);
    }

    /**
     * Changes an item's details and its links in this assessment; a refreshed item is no longer marked
     * "to refresh". An item that another assessment also uses is not changed under it: this assessment
     * gets a new version of the item, and the other keeps the one it was assessed on.
     */
    public EvidenceUse update(Actor actor, long assessmentId, long evidenceId, EvidenceInput input) {
        Assessment assessment = assessments.assessment(assessmentId);
        requireUsed(assessmentId, evidenceId);
        Checks checks = new Checks();
        List<EvidenceLink> links = input.links() == null ? use(assessmentId, evidenceId).links()
                : links(checks, assessments.version(assessment), input.links());
        Item fields = fields(checks, input);
        checks.throwIfAny();
        EvidenceUse before = use(assessmentId, evidenceId);
        long id = changes.change(actor, assessmentId, change -> {
            RowStamp stamp = repository.stamp(change.tx(), evidenceId).orElseThrow();
            AssessmentChanges.requireUnchanged(stamp, input.version(), "this evidence item", () -> "\"" + before.item().title() + "\""
                    + (before.item().date() == null ? "" : ", dated " + before.item().date()) + ", bearing on "
                    + String.join(", ", before.links().stream().map(EvidenceLink::criterionCode).toList()));
            return write(change, before, fields, links, stamp);
        });
        return use(assessmentId, id);
    }

    /**
     * Confirms that a carried item still holds: same content, a new date (today's if none is given),
     * no longer marked "to refresh".
     */
    public EvidenceUse refresh(Actor actor, long assessmentId, long evidenceId, String date) {
        requireUsed(assessmentId, evidenceId);
        Checks checks = new Checks();
        LocalDate newDate = checks.date("date", date);
        checks.throwIfAny();
        EvidenceUse before = use(assessmentId, evidenceId);
        EvidenceItem item = before.item();
        Item fields = new Item(item.title(), item.description(), item.link(), item.documentRef(), item.owner(),
                newDate == null ? today() : newDate);
        long id = changes.change(actor, assessmentId, change -> write(change, before, fields, before.links()));
        return use(assessmentId, id);
    }

    /** Takes one criterion off an item in this assessment; the last link cannot go (remove the item instead). */
    public EvidenceUse removeLink(Actor actor, long assessmentId, long evidenceId, String criterionCode) {
        requireUsed(assessmentId, evidenceId);
        EvidenceUse before = use(assessmentId, evidenceId);
        EvidenceLink link = before.links().stream().filter(l -> l.criterionCode().equalsIgnoreCase(criterionCode)).findFirst()
                .orElseThrow(() -> new NotFound("Link not found", "Evidence item " + evidenceId + " is not linked to '" + criterionCode
                        + "' in assessment " + assessmentId));
        if (before.links().size() == 1) {
            throw new uk.bestvalue.Conflict("This is the item's only link; remove the item from the assessment instead");
        }
        changes.change(actor, assessmentId, change -> {
            repository.deleteLink(change.tx(), assessmentId, evidenceId, link.criterionId());
            change.record("evidence_link", evidenceId + "/" + link.criterionCode(), "delete", link, null);
            return null;
        });
        return use(assessmentId, evidenceId);
    }

    private long write(AssessmentChanges.Change change, EvidenceUse before, Item fields, List<EvidenceLink> links) {
        return write(change, before, fields, links, null);
    }

    /** As above; with a stamp, the item is changed only while still at that version (optimistic locking). */
    private long write(AssessmentChanges.Change change, EvidenceUse before, Item fields, List<EvidenceLink> links, RowStamp from) {
        long assessmentId = change.assessment().id();
        long evidenceId = before.item().id();
        if (repository.usedElsewhere(change.tx(), evidenceId, assessmentId)) {
            long newId = repository.insertItem(change.tx(), change.assessment().authority(), fields.title, fields.description, fields.link,
                    fields.documentRef, fields.owner, fields.date, change.now());
            repository.stopUsing(change.tx(), assessmentId, evidenceId);
            repository.use(change.tx(), assessmentId, newId, false, links);
            change.record("evidence", newId, "create", before.item(), fields);
            change.record("evidence_use", newId, "replace", before, links);
            return newId;
        }
        if (from == null) {
            repository.updateItem(change.tx(), evidenceId, fields.title, fields.description, fields.link, fields.documentRef, fields.owner,
                    fields.date);
        } else if (!repository.updateItem(change.tx(), evidenceId, fields.title, fields.description, fields.link, fields.documentRef,
                fields.owner, fields.date, from.version(), change.actor().displayName(), change.now())) {
            throw AssessmentChanges.editedMeanwhile(repository.stamp(change.tx(), evidenceId).orElseThrow(), "this evidence item", null);
        }
        repository.use(change.tx(), assessmentId, evidenceId, false, links);
        change.record("evidence", evidenceId, "update", before.item(), fields);
        change.record("evidence_use", evidenceId, "update", before.links(), links);
        return evidenceId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Takes an item out of an assessment. It leaves the library too, unless another assessment uses
     * it: an item a past assessment was made on stays for that one.
     */
    public void remove(Actor actor, long assessmentId, long evidenceId) {
        requireUsed(assessmentId, evidenceId);
        EvidenceUse before = use(assessmentId, evidenceId);
        changes.change(actor, assessmentId, change -> {
            dependents.forEach(d -> d.stoppedUsing(change, evidenceId));
            repository.stopUsing(change.tx(), assessmentId, evidenceId);
            change.record("evidence_use", evidenceId, "delete", before, null);
            if (!repository.usedElsewhere(change.tx(), evidenceId, assessmentId)) {
                dependents.forEach(d -> d.deleting(change, evidenceId));
                repository.deleteItem(change.tx(), evidenceId);
                change.record("evidence", evidenceId, "delete", before.item(), null);
            }
            return null;
        });
    }

    public List<EvidenceUse> uses(long assessmentId) {
        assessments.assessment(assessmentId);
        return repository.uses(assessmentId);
    }

    private EvidenceUse use(long assessmentId, long evidenceId) {
        return repository.uses(assessmentId).stream().filter(u -> u.item().id() == evidenceId).findFirst().orElseThrow();
    }

    private void requireUsed(long assessmentId, long evidenceId) {
        if (!repository.isUsed(assessmentId, evidenceId)) {
            throw new NotFound("Evidence not found", "Assessment " + assessmentId + " does not use evidence item " + evidenceId);
        }
    }

    static List<EvidenceLink> links(Checks checks, FrameworkVersion version, List<EvidenceInput.LinkInput> inputs) {
        List<EvidenceLink> links = new ArrayList<>();
        if (inputs == null || inputs.isEmpty()) {
            checks.fail("links", "Choose at least one criterion the evidence bears on");
            return links;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "links[" + (i + 1) + "]";
            EvidenceInput.LinkInput link = inputs.get(i);
            Criterion criterion = link == null || Checks.trimmed(link.criterion()) == null ? null
                    : version.criterion(link.criterion().strip()).orElse(null);
            if (criterion == null) {
                checks.fail(at + ".criterion", link == null || Checks.trimmed(link.criterion()) == null ? "is required"
                        : "'" + link.criterion() + "' is not a criterion of " + version.reference());
            }
            Stance stance = link == null || link.stance() == null ? null : Stance.fromId(link.stance().strip()).orElse(null);
            if (stance == null) {
                checks.fail(at + ".stance", "use supports (a characteristic), negates or shows (an indicator of potential failure)");
            }
            if (criterion == null || stance == null) {
                continue;
            }
            if (stance.appliesTo() != criterion.kind()) {
                checks.fail(at + ".stance", "evidence can '" + stance.id() + "' only " + stance.appliesTo().label().toLowerCase()
                        + "s; " + criterion.code() + " is a " + criterion.kind().label().toLowerCase());
            } else if (!seen.add(criterion.id())) {
                checks.fail(at + ".criterion", criterion.code() + " is linked twice");
            } else {
                links.add(new EvidenceLink(criterion.id(), criterion.code(), stance));
            }
        }
        return links;
    }

    private static Item fields(Checks checks, EvidenceInput input) {
        return new Item(checks.required("title", input.title(), Checks.TITLE, "Enter the evidence title"), checks.optional("description", input.description(), Checks.TEXT),
                checks.link("link", input.link()), checks.optional("documentRef", input.documentRef(), Checks.NAME),
                checks.optional("owner", input.owner(), Checks.NAME), checks.date("date", input.date()));
    }

    record Item(String title, String description, String link, String documentRef, String owner, LocalDate date) {
    }
}
