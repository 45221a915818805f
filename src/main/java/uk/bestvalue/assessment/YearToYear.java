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
     * open actions carried over; evidence carried and marked to refresh; no scores. With another
     * framework version, themes and criteria are matched by code and links without a match are left behind.
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
            throw new Conflict("There is already an assessment of " + last.authorityName() + " against " + target.reference() + " for " + period);
        }
        FrameworkVersion version = target;
        LocalDateTime now = LocalDateTime.now(clock);
        String title = from.title().contains(from.period().value())
                ? from.title().replace(from.period().value(), period.value()) : from.title() + " " + period.value();
        Assessment next = new Assessment(0, from.authority(), version.id(), version.reference(), period, title, from.owner(),
                AssessmentStatus.DRAFT, from.scaleKey(), from.scoring(), from.deriveThemeScores(), from.example(), from.id(), now, now, null);
        long id = changes.create(actor, next, change -> {
            Sql tx = change.tx();
            long newId = change.assessment().id();
            for (EvidenceUse use : last.evidence()) {
                List<EvidenceLink> links = new ArrayList<>();
                for (EvidenceLink link : use.links()) {
                    version.criterion(link.criterionCode()).ifPresent(c -> links.add(new EvidenceLink(c.id(), c.code(), link.stance())));
                }
                evidence.use(tx, newId, use.item().id(), true, links);
                change.record("evidence_use", use.item().id(), "create", null, links);
            }
            for (Action action : last.openActions()) {
                Long themeId = action.themeCode() == null ? null : version.theme(action.themeCode()).map(Theme::id).orElse(null);
                List<Long> criterionIds = action.criterionCodes().stream()
                        .flatMap(code -> version.criterion(code).map(Criterion::id).stream()).toList();
                long actionId = actions.insert(tx, newId, action.description(), action.owner(), action.dueDate(), action.status(), null,
                        themeId, criterionIds, action.id(), now);
                change.record("action", actionId, "create", null, action);
            }
            return null;
        });
        return assessments.assessment(id);
    }

    public YearOnYear compare(long assessmentId) {
        AssessmentView now = assessments.view(assessmentId);
        Optional<Assessment> previous = assessments.previous(now.assessment());
        AssessmentView then = previous.map(p -> assessments.view(p.id())).orElse(null);
        List<YearOnYear.ThemeChange> changes = new ArrayList<>();
        for (Theme theme : now.version().themes()) {
            ScaleLevel current = now.level(now.themeScore(theme.code()).levelCode()).orElse(null);
            ScaleLevel before = null;
            if (then != null && then.version().theme(theme.code()).isPresent()) {
                before = then.level(then.themeScore(theme.code()).levelCode()).orElse(null);
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
}
