package uk.bestvalue.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.ScaleLevel;
import uk.bestvalue.framework.Theme;
import uk.bestvalue.store.Database;
import uk.bestvalue.period.Period;
import uk.bestvalue.store.Sql;

/** Rolling an assessment forward into the next year, and comparing a year with the one before. */
public final class YearToYear {
    private final AssessmentChanges changes;
    private final Assessments assessments;
    private final FrameworkCatalogue frameworks;
    private final AssessmentRepository repository;
    private final EvidenceRepository evidence;
    private final ActionRepository actions;
    private final Clock clock;

    public YearToYear(Database db, AssessmentChanges changes, Assessments assessments, FrameworkCatalogue frameworks, Clock clock) {
        this.changes = changes;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.repository = new AssessmentRepository(db);
        this.evidence = new EvidenceRepository(db);
        this.actions = new ActionRepository(db);
        this.clock = clock;
    }

    /**
     * Starts the next year's assessment from this one: same authority, scale and way of scoring;
     * open actions carried over with their history; evidence carried and marked to refresh; no scores.
     * Onto another framework version, links and actions are carried through the mapping between the
     * versions, and whatever could not be carried is listed on the new assessment for the officer.
     */
    public Assessment rollForward(Actor actor, long assessmentId, String periodText, String frameworkReference) {
        AssessmentView last = assessments.view(assessmentId);
        Checks checks = new Checks();
        Period period = Checks.trimmed(periodText) == null ? last.assessment().period().next() : Assessments.period(checks, "period", periodText);
        FrameworkVersion target = last.version();
        if (Checks.trimmed(frameworkReference) != null) {
            target = frameworks.version(frameworkReference.strip()).orElse(null);
            if (target == null) {
                checks.fail("framework", "'" + frameworkReference + "' is not a loaded framework version");
            }
        }
        if (period != null && period.compareTo(last.assessment().period()) <= 0) {
            checks.fail("period", "must come after " + last.assessment().period());
        }
        checks.throwIfAny();
        Assessment from = last.assessment();
        if (repository.exists(from.authority(), target.id(), period)) {
            throw new Conflict("There is already an assessment of " + last.authorityName() + " against " + target.frameworkName() + ": " + target.name() + " for " + period);
        }
        FrameworkVersion version = target;
        LocalDateTime now = LocalDateTime.now(clock);
        String title = nextTitle(from, period);
        // The example's next year carries the example's made-up evidence and actions, so it is still an example and
        // says so; a council starts its own assessment rather than rolling the example forward.
        Assessment next = new Assessment(0, from.authority(), version.id(), version.reference(), period, title, from.owner(),
                AssessmentStatus.DRAFT, from.scaleKey(), from.scoring(), from.deriveThemeScores(), from.example(), from.id(), now, now, null);
        Carry carry = new Carry(last.version(), version, frameworks.mapping(last.version(), version));
        long id = changes.create(actor, next, change -> {
            Sql tx = change.tx();
            long newId = change.assessment().id();
            for (EvidenceUse use : last.evidence()) {
                List<EvidenceLink> links = carry.links(use);
                if (links.isEmpty() && !use.links().isEmpty()) {
                    continue;
                }
                evidence.use(tx, newId, use.item().id(), true, links);
                change.record("evidence_use", use.item().id(), "create", null, links);
            }
            for (Action action : last.openActions()) {
                long actionId = actions.insert(tx, newId, action.description(), action.owner(), action.dueDate(), action.status(), null,
                        carry.theme(action), carry.criteria(action), action.id(), now);
                for (ActionUpdate update : action.updates()) {
                    actions.addUpdate(tx, actionId, update.date(), update.note(), now);
                }
                change.record("action", actionId, "carry", action, null);
            }
            repository.addCarryProblems(tx, newId, carry.leftBehind(), now);
            return null;
        });
        return assessments.assessment(id);
    }

    /**
     * Moves a draft onto another framework version, carrying its scores, evidence links and actions
     * through the mapping; whatever could not be carried is listed on the assessment.
     */
    public List<String> changeFramework(Actor actor, long assessmentId, String frameworkReference) {
        AssessmentView view = assessments.view(assessmentId);
        Checks checks = new Checks();
        FrameworkVersion target = Checks.trimmed(frameworkReference) == null ? null : frameworks.version(frameworkReference.strip()).orElse(null);
        if (Checks.trimmed(frameworkReference) == null) {
            checks.fail("framework", "Choose the framework version to move to");
        } else if (target == null) {
            checks.fail("framework", "'" + frameworkReference + "' is not a loaded framework version");
        } else if (target.id() == view.version().id()) {
            checks.fail("framework", "The assessment is already against " + target.frameworkName() + ": " + target.name());
        }
        checks.throwIfAny();
        Assessment a = view.assessment();
        if (repository.exists(a.authority(), target.id(), a.period())) {
            throw new Conflict("There is already an assessment of " + view.authorityName() + " against " + target.frameworkName() + ": "
                    + target.name() + " for " + a.period());
        }
        Carry carry = new Carry(view.version(), target, frameworks.mapping(view.version(), target));
        java.util.Map<String, String[]> themeScores = new java.util.HashMap<>();
        view.themeScores().stream().filter(t -> !t.derived()).forEach(t -> themeScores.put(t.themeCode(), new String[] {t.levelCode(), t.narrative()}));
        // The words written for a theme move with it even when its score does not (a score worked out from criteria,
        // or sources scored differently): nothing typed is lost by a move.
        java.util.Map<String, String[]> themeWords = new java.util.HashMap<>();
        view.themeScores().forEach(t -> themeWords.put(t.themeCode(), new String[] {t.narrative(), t.changeReason()}));
        java.util.Map<String, String[]> criterionScores = new java.util.HashMap<>();
        view.criterionScores().forEach(c -> criterionScores.put(c.criterionCode(), new String[] {c.levelCode(), c.narrative()}));
        var mapping = frameworks.mapping(view.version(), target);
        changes.change(actor, assessmentId, change -> {
            Sql tx = change.tx();
            repository.deleteScores(tx, assessmentId);
            repository.changeVersion(tx, assessmentId, target.id());
            for (Theme theme : target.themes()) {
                var score = carry.score(theme.code(), theme.name(), mapping.themeSources(theme.code()), themeScores);
                List<String[]> words = mapping.themeSources(theme.code()).stream().map(themeWords::get).filter(w -> w != null).toList();
                String narrative = joined(words.stream().map(w -> w[0]).toList());
                String changeReason = joined(words.stream().map(w -> w[1]).toList());
                if (score != null || narrative != null || changeReason != null) {
                    repository.saveThemeScore(tx, assessmentId, theme.id(), score == null ? null : score.level(), narrative, changeReason);
                }
            }
            for (Criterion criterion : target.criteria()) {
                var score = carry.score(criterion.code(), "Criterion", mapping.criterionSources(criterion.code()), criterionScores);
                if (score != null) {
                    repository.saveCriterionScore(tx, assessmentId, criterion.id(), score.level(), score.narrative());
                }
            }
            for (EvidenceUse use : view.evidence()) {
                List<EvidenceLink> links = carry.links(use);
                if (links.isEmpty()) {
                    evidence.stopUsing(tx, assessmentId, use.item().id());
                } else {
                    evidence.use(tx, assessmentId, use.item().id(), use.toRefresh(), links);
                }
            }
            for (Action action : view.actions()) {
                actions.reframe(tx, action.id(), carry.theme(action), carry.criteria(action));
            }
            repository.addCarryProblems(tx, assessmentId, carry.leftBehind(), change.now());
            change.record("assessment", assessmentId, "change_framework", view.version().reference(), target.reference());
            return null;
        });
        return carry.leftBehind();
    }

    /** Next year's title: the year moved on (an example keeps its label, as it stays an example). */
    static String nextTitle(Assessment from, Period period) {
        String title = from.title();
        return title.contains(from.period().value()) ? title.replace(from.period().value(), period.value()) : title + " " + period.value();
    }

    public YearOnYear compare(long assessmentId) {
        AssessmentView now = assessments.view(assessmentId);
        Optional<Assessment> previous = assessments.previous(now.assessment());
        AssessmentView then = previous.map(p -> assessments.view(p.id())).orElse(null);
        List<YearOnYear.ThemeChange> changes = new ArrayList<>();
        // Across framework versions, last year's theme is the one the mapping carries into this one.
        var mapping = then == null ? null : frameworks.mapping(then.version(), now.version());
        for (Theme theme : now.version().themes()) {
            ScaleLevel current = now.level(now.themeScore(theme.code()).levelCode()).orElse(null);
            ScaleLevel before = null;
            List<String> sources = mapping == null ? List.of() : mapping.themeSources(theme.code());
            if (sources.size() == 1 && then.version().theme(sources.get(0)).isPresent()) {
                before = then.level(then.themeScore(sources.get(0)).levelCode()).orElse(null);
            }
            boolean sameScale = then == null || then.scale().key().equals(now.scale().key());
            changes.add(new YearOnYear.ThemeChange(theme.code(), theme.name(), before, current, direction(before, current, sameScale)));
        }
        List<Action> all = now.actions();
        return new YearOnYear(now.assessment(), previous.orElse(null), changes,
                all.stream().filter(a -> a.status() == ActionStatus.DONE).toList(),
                all.stream().filter(a -> !a.isCarried()).toList(),
                all.stream().filter(Action::isCarried).toList());
    }

    private static YearOnYear.Direction direction(ScaleLevel then, ScaleLevel now, boolean sameScale) {
        if (now == null || !now.ranked()) {
            return YearOnYear.Direction.NOT_SCORED;
        }
        if (then == null || !then.ranked()) {
            return YearOnYear.Direction.NEW;
        }
        if (!sameScale) {
            return YearOnYear.Direction.NOT_COMPARABLE;
        }
        int change = Integer.compare(then.position(), now.position());
        return change > 0 ? YearOnYear.Direction.UP : change < 0 ? YearOnYear.Direction.DOWN : YearOnYear.Direction.SAME;
    }

    /** Several sources' texts as one, each once, in order; null when none has any. */
    private static String joined(List<String> texts) {
        List<String> kept = texts.stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
        return kept.isEmpty() ? null : String.join("\n\n", kept);
    }
}
