package uk.bestvalue.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.Actor;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.Scale;
import uk.bestvalue.framework.Theme;
import uk.bestvalue.store.Database;

/** Whole assessments in and out as {@link AssessmentDocument}s. An import is checked whole and saved in one transaction. */
public final class AssessmentExchange {
    private static final ObjectMapper EXAMPLE_READER = JsonMapper.builder().build();

    private final Database db;
    private final AssessmentChanges changes;
    private final Assessments assessments;
    private final AssessmentRepository repository;
    private final EvidenceRepository evidence;
    private final ActionRepository actions;
    private final Clock clock;

    public AssessmentExchange(Database db, AssessmentChanges changes, Assessments assessments, Clock clock) {
        this.db = db;
        this.changes = changes;
        this.assessments = assessments;
        this.repository = new AssessmentRepository(db);
        this.evidence = new EvidenceRepository(db);
        this.actions = new ActionRepository(db);
        this.clock = clock;
    }

    /** The example assessment that ships with the product, clearly labelled as an example. */
    public static final String EXAMPLE = "/demo/example-assessment.json";

    /** Loads the example assessment unless the database already has one; the installation loads it. */
    public Optional<Assessment> loadExampleIfAbsent() {
        if (db.count("select count(*) from assessment where example = ?", true) > 0) {
            return Optional.empty();
        }
        try (InputStream in = AssessmentExchange.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The example assessment is missing from the product: " + EXAMPLE);
            }
            return Optional.of(importDocument(Actor.installation(), EXAMPLE_READER.readValue(in, AssessmentDocument.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the example assessment: " + e.getMessage(), e);
        }
    }

    public AssessmentDocument export(long assessmentId) {
        AssessmentView view = assessments.view(assessmentId);
        Assessment a = view.assessment();
        List<AssessmentDocument.ThemeEntry> themes = new ArrayList<>();
        for (ThemeScore score : view.themeScores()) {
            String level = score.derived() ? null : score.levelCode();
            if (level != null || score.narrative() != null) {
                themes.add(new AssessmentDocument.ThemeEntry(score.themeCode(), level, score.narrative()));
            }
        }
        List<AssessmentDocument.CriterionEntry> criteria = view.criterionScores().stream()
                .map(s -> new AssessmentDocument.CriterionEntry(s.criterionCode(), s.levelCode(), s.narrative())).toList();
        List<AssessmentDocument.EvidenceEntry> items = view.evidence().stream().map(use -> new AssessmentDocument.EvidenceEntry(
                use.item().title(), use.item().description(), use.item().link(), use.item().documentRef(), use.item().owner(),
                text(use.item().date()), use.toRefresh(),
                use.links().stream().map(l -> new EvidenceInput.LinkInput(l.criterionCode(), l.stance().id())).toList())).toList();
        List<AssessmentDocument.ActionEntry> actionEntries = view.actions().stream().map(action -> new AssessmentDocument.ActionEntry(
                action.description(), action.owner(), text(action.dueDate()), action.status().id(), action.droppedReason(), action.themeCode(),
                action.criterionCodes(), action.updates().stream().map(u -> new ProgressInput(text(u.date()), u.note())).toList())).toList();
        return new AssessmentDocument(AssessmentDocument.FORMAT, a.authority().value(), a.versionReference(), a.period().value(), a.title(),
                a.owner(), a.status().id(), a.scaleKey(), a.scoring().id(), a.deriveThemeScores(), a.example(), themes, criteria, items,
                actionEntries);
    }

    /** Creates an assessment from a document: all of it, or (if anything in it is wrong) none of it. */
    public Assessment importDocument(Actor actor, AssessmentDocument doc) {
        Checks checks = new Checks();
        if (!AssessmentDocument.FORMAT.equals(doc.format())) {
            checks.fail("format", "expected " + AssessmentDocument.FORMAT + ", got '" + doc.format() + "'");
        }
        Assessment draft = assessments.checkNew(checks, new AssessmentInput(doc.authority(), doc.framework(), doc.period(), doc.title(),
                doc.owner(), doc.scale(), doc.scoring(), doc.deriveThemeScores(), doc.example()));
        checks.throwIfAny();
        Contents contents = check(draft, doc, checks);
        checks.throwIfAny();
        assessments.requireNew(draft);
        LocalDateTime now = LocalDateTime.now(clock);
        long id = changes.create(actor, draft, change -> {
            var tx = change.tx();
            long newId = change.assessment().id();
            contents.themes.forEach(r -> repository.saveThemeScore(tx, newId, (Long) r[0], (String) r[1], (String) r[2]));
            contents.criteria.forEach(r -> repository.saveCriterionScore(tx, newId, (Long) r[0], (String) r[1], (String) r[2]));
            for (CheckedEvidence item : contents.evidence) {
                long itemId = evidence.sameItem(tx, draft.authority(), item.title, item.link, item.date)
                        .orElseGet(() -> evidence.insertItem(tx, draft.authority(), item.title, item.description, item.link,
                                item.documentRef, item.owner, item.date, now));
                evidence.use(tx, newId, itemId, item.toRefresh, item.links);
            }
            for (CheckedAction action : contents.actions) {
                ActionPlan.Fields f = action.fields;
                long actionId = actions.insert(tx, newId, f.description(), f.owner(), f.due(), f.status(), f.droppedReason(),
                        f.themeId(), f.criterionIds(), null, now);
                for (ProgressInput update : action.updates) {
                    actions.addUpdate(tx, actionId, LocalDate.parse(update.date().strip()), update.note().strip(), now);
                }
            }
            change.record("assessment", newId, "import", null, doc);
            return null;
        });
        return assessments.assessment(id);
    }

    /** Checks the document's body against the draft's framework version and scale, naming every problem. */
    private Contents check(Assessment draft, AssessmentDocument doc, Checks checks) {
        FrameworkVersion version = assessments.version(draft);
        Scale scale = assessments.scale(draft);
        if (doc.status() != null && AssessmentStatus.fromId(doc.status()).isEmpty()) {
            checks.fail("status", "'" + doc.status() + "' is not a status");
        }
        Contents contents = new Contents();
        for (int i = 0; i < doc.themes().size(); i++) {
            var entry = doc.themes().get(i);
            Checks at = checks.at("themes[" + (i + 1) + "]");
            Theme theme = entry.theme() == null ? null : version.theme(entry.theme()).orElse(null);
            if (theme == null) {
                at.fail("theme", "'" + entry.theme() + "' is not a theme of " + version.reference());
            }
            String level = Assessments.level(at, "score", entry.score(), scale);
            String narrative = at.optional("narrative", entry.narrative(), Checks.NARRATIVE);
            if (theme != null) {
                contents.themes.add(new Object[] {theme.id(), level, narrative});
            }
        }
        for (int i = 0; i < doc.criteria().size(); i++) {
            var entry = doc.criteria().get(i);
            Checks at = checks.at("criteria[" + (i + 1) + "]");
            var criterion = entry.criterion() == null ? null : version.criterion(entry.criterion()).orElse(null);
            if (criterion == null) {
                at.fail("criterion", "'" + entry.criterion() + "' is not a criterion of " + version.reference());
            }
            String level = Assessments.level(at, "score", entry.score(), scale);
            String narrative = at.optional("narrative", entry.narrative(), Checks.NARRATIVE);
            if (criterion != null) {
                contents.criteria.add(new Object[] {criterion.id(), level, narrative});
            }
        }
        for (int i = 0; i < doc.evidence().size(); i++) {
            var entry = doc.evidence().get(i);
            Checks at = checks.at("evidence[" + (i + 1) + "]");
            contents.evidence.add(new CheckedEvidence(at.required("title", entry.title(), Checks.TITLE),
                    at.optional("description", entry.description(), Checks.TEXT), at.link("link", entry.link()),
                    at.optional("documentRef", entry.documentRef(), Checks.NAME), at.optional("owner", entry.owner(), Checks.NAME),
                    at.date("date", entry.date()), Boolean.TRUE.equals(entry.toRefresh()), EvidenceLibrary.links(at, version, entry.links())));
        }
        for (int i = 0; i < doc.actions().size(); i++) {
            var entry = doc.actions().get(i);
            Checks at = checks.at("actions[" + (i + 1) + "]");
            ActionPlan.Fields fields = ActionPlan.check(at, version, new ActionInput(entry.description(), entry.owner(), entry.dueDate(),
                    entry.status(), entry.droppedReason(), entry.theme(), entry.criteria()));
            List<ProgressInput> updates = entry.updates() == null ? List.of() : entry.updates();
            for (int u = 0; u < updates.size(); u++) {
                Checks up = at.at("updates[" + (u + 1) + "]");
                if (up.date("date", updates.get(u).date()) == null && Checks.trimmed(updates.get(u).date()) == null) {
                    up.fail("date", "is required");
                }
                up.required("note", updates.get(u).note(), Checks.TEXT);
            }
            contents.actions.add(new CheckedAction(fields, updates));
        }
        return contents;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static final class Contents {
        final List<Object[]> themes = new ArrayList<>();
        final List<Object[]> criteria = new ArrayList<>();
        final List<CheckedEvidence> evidence = new ArrayList<>();
        final List<CheckedAction> actions = new ArrayList<>();
    }

    private record CheckedAction(ActionPlan.Fields fields, List<ProgressInput> updates) {
    }

    private record CheckedEvidence(String title, String description, String link, String documentRef, String owner, LocalDate date,
                                        boolean toRefresh, List<EvidenceLink> links) {
    }
}
