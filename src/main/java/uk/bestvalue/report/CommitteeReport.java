package uk.bestvalue.report;

import java.util.List;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.ActionUpdate;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.EvidenceUse;
import uk.bestvalue.assessment.Stance;
import uk.bestvalue.assessment.ThemeScore;
import uk.bestvalue.assessment.YearOnYear;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.ScaleLevel;
import uk.bestvalue.framework.Theme;

/**
 * Everything a committee report shows, gathered once so that the HTML, PDF and Word renderings
 * say the same: the filled-in template, the authority's settings, the assessment and (for a later
 * year) what changed since the last one.
 */
public record CommitteeReport(ReportDraft draft, AuthoritySettings settings, AssessmentView view, YearOnYear years,
                              List<EvidenceFigure> figures) {

    public CommitteeReport {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public CommitteeReport(ReportDraft draft, AuthoritySettings settings, AssessmentView view, YearOnYear years) {
        this(draft, settings, view, years, List.of());
    }

    /** One theme of Appendix 1. */
    public record ThemeSection(Theme theme, ScaleLevel level, boolean derived, String narrative, List<Item> supporting,
                               List<Item> negating, List<Item> concerns, List<Action> actions, YearOnYear.ThemeChange change,
                               String changeReason) {
        /** Why the score moved since last year, as the assessment records it: printed in an update report. */
        public boolean hasChangeReason() {
            return change != null && changeReason != null && !changeReason.isBlank();
        }

        /** Last year's score beside this year's: only in an update report. */
        public boolean hasChange() {
            return change != null;
        }
    }

    /** An action completed since the last report, with the last progress note recorded on it. */
    public record Completed(Action action, ActionUpdate finalNote) {
    }

    /** The actions completed since the last report, each with its final progress note: only in an update report. */
    public List<Completed> completedSinceLastReport() {
        if (!isUpdate()) {
            return List.of();
        }
        return years.completed().stream().map(a -> new Completed(a, a.updates().stream()
                .max(java.util.Comparator.comparing(ActionUpdate::date).thenComparing(ActionUpdate::id)).orElse(null))).toList();
    }

    /** An evidence item as the appendix lists it: its title, description, owner, date and link, and the criteria it bears on in this way. */
    public record Item(EvidenceUse evidence, List<Criterion> criteria, List<EvidenceFigure> figures) {
        public String codes() {
            return String.join(", ", criteria.stream().map(Criterion::code).toList());
        }

        /** "Owner: … · 3 April 2024 · address", leaving out what is not recorded. */
        public String details() {
            var item = evidence.item();
            List<String> parts = new java.util.ArrayList<>();
            if (item.owner() != null && !item.owner().isBlank()) {
                parts.add("Owner: " + item.owner());
            }
            if (item.date() != null) {
                parts.add(uk.bestvalue.web.Format.date(item.date()));
            }
            if (item.documentRef() != null && !item.documentRef().isBlank()) {
                parts.add("Ref. " + item.documentRef());
            }
            if (item.link() != null && !item.link().isBlank()) {
                parts.add(item.link());
            }
            return String.join(" · ", parts);
        }
    }

    public Readiness readiness() {
        return Readiness.of(draft, view);
    }

    /** For the product's made-up example assessment: says so on the report, so that it is never read as the council's own. */
    public String exampleNotice() {
        return view.assessment().example() ? "This report is an example made up to show how the product works; its scores, evidence and "
                + "actions are illustrations, not " + authorityName() + "'s own assessment." : null;
    }

    /** A report not ready to issue is marked DRAFT on every page. */
    public boolean isDraft() {
        return !readiness().ready();
    }

    public boolean isUpdate() {
        return years != null && years.hasPrevious();
    }

    public String authorityName() {
        return settings.displayName() == null ? view.authorityName() : settings.displayName();
    }

    public List<String> objectiveLabels() {
        return draft.objectives().stream().map(code -> settings.label(settings.objectives(), code)).toList();
    }

    public List<String> valueLabels() {
        return draft.values().stream().map(code -> settings.label(settings.values(), code)).toList();
    }

    public List<String> riskLabels() {
        return draft.implications().risks().stream().map(code -> settings.label(settings.risks(), code)).toList();
    }

    public List<ThemeSection> themes() {
        return view.version().themes().stream().map(this::section).toList();
    }

    public List<ScaleLevel> levels() {
        return view.scale().levels();
    }

    public boolean hasCriterionScores() {
        return view.assessment().scoring().scoresCriteria();
    }

    public ScaleLevel criterionLevel(Criterion criterion) {
        return view.criterionScore(criterion.code()).flatMap(s -> view.level(s.levelCode())).orElse(null);
    }

    public List<Blocks.Block> introduction() {
        return Blocks.of(draft.introduction());
    }

    public List<Blocks.Block> futureActivities() {
        return Blocks.of(draft.futureActivities());
    }

    private ThemeSection section(Theme theme) {
        ThemeScore score = view.themeScore(theme.code());
        List<EvidenceUse> evidence = view.evidenceFor(theme);
        YearOnYear.ThemeChange change = !isUpdate() ? null
                : years.themes().stream().filter(t -> t.themeCode().equalsIgnoreCase(theme.code())).findFirst().orElse(null);
        return new ThemeSection(theme, view.level(score.levelCode()).orElse(null), score.derived(), score.narrative(),
                items(theme, evidence, Stance.SUPPORTS, figures), items(theme, evidence, Stance.NEGATES, figures),
                items(theme, evidence, Stance.SHOWS, figures),
                view.actionsFor(theme), change, score.changeReason());
    }

    private static List<Item> items(Theme theme, List<EvidenceUse> evidence, Stance stance, List<EvidenceFigure> figures) {
        return evidence.stream()
                .map(use -> new Item(use, theme.criteria().stream()
                        .filter(c -> use.links().stream().anyMatch(l -> l.criterionId() == c.id() && l.stance() == stance)).toList(),
                        figures.stream().filter(f -> f.evidenceId() == use.item().id()).toList()))
                .filter(item -> !item.criteria().isEmpty())
                .toList();
    }
}
