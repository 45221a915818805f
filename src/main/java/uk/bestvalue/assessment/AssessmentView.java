package uk.bestvalue.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.Scale;
import uk.bestvalue.framework.ScaleLevel;
import uk.bestvalue.framework.Theme;

/** Everything about one assessment, as its overview and theme pages show it. */
public record AssessmentView(Assessment assessment, String authorityName, FrameworkVersion version, Scale scale,
                             List<ThemeScore> themeScores, List<CriterionScore> criterionScores, List<EvidenceUse> evidence,
                             List<Action> actions, List<ThemeCoverage> coverage, List<ThemeReview> reviews, int detailsVersion) {

    public AssessmentView {
        themeScores = List.copyOf(themeScores);
        criterionScores = List.copyOf(criterionScores);
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
        coverage = List.copyOf(coverage);
        reviews = List.copyOf(reviews);
    }

    public AssessmentView(Assessment assessment, String authorityName, FrameworkVersion version, Scale scale, List<ThemeScore> themeScores,
                          List<CriterionScore> criterionScores, List<EvidenceUse> evidence, List<Action> actions, List<ThemeCoverage> coverage,
                          List<ThemeReview> reviews) {
        this(assessment, authorityName, version, scale, themeScores, criterionScores, evidence, actions, coverage, reviews, 1);
    }

    /** The theme's review, if a reviewer has agreed its current score. */
    public Optional<ThemeReview> reviewOf(String themeCode) {
        return reviews.stream().filter(r -> r.themeCode().equalsIgnoreCase(themeCode)).findFirst();
    }

    public ThemeScore themeScore(String themeCode) {
        return themeScores.stream().filter(s -> s.themeCode().equalsIgnoreCase(themeCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No theme " + themeCode));
    }

    /**
     * Whether a theme counts as scored, the one rule the overview, the report's checklist and the
     * workflow share: its own score where themes are scored; every criterion scored where criteria
     * are (a score worked out from some of them is shown, but the theme is not done).
     */
    public boolean themeComplete(uk.bestvalue.framework.Theme theme) {
        ThemeScore score = themeScore(theme.code());
        boolean allCriteria = theme.criteria().stream().allMatch(c -> criterionScore(c.code()).map(s -> s.levelCode() != null).orElse(false));
        boolean derive = assessment.deriveThemeScores();
        return switch (assessment.scoring()) {
            case THEME -> score.isScored();
            case CRITERION -> derive ? score.isScored() && allCriteria : allCriteria;
            case BOTH -> (derive || score.isScored()) && allCriteria;
        };
    }

    public Optional<CriterionScore> criterionScore(String criterionCode) {
        return criterionScores.stream().filter(s -> s.criterionCode().equalsIgnoreCase(criterionCode)).findFirst();
    }

    public Optional<ScaleLevel> level(String levelCode) {
        return levelCode == null ? Optional.empty() : scale.level(levelCode);
    }

    public List<EvidenceUse> evidenceFor(Criterion criterion) {
        return evidence.stream().filter(e -> e.bearsOn(criterion.id())).toList();
    }

    /** Evidence bearing on any criterion of the theme. */
    public List<EvidenceUse> evidenceFor(Theme theme) {
        return evidence.stream().filter(e -> theme.criteria().stream().anyMatch(c -> e.bearsOn(c.id()))).toList();
    }

    public List<Action> actionsFor(Theme theme) {
        return actions.stream().filter(a -> theme.code().equalsIgnoreCase(a.themeCode())).toList();
    }

    public List<Action> openActions() {
        return actions.stream().filter(a -> a.status().isOpen()).toList();
    }

    public ThemeCoverage coverageOf(Theme theme) {
        return coverage.stream().filter(c -> c.themeCode().equals(theme.code())).findFirst().orElseThrow();
    }

    public long overdue(LocalDate today) {
        return actions.stream().filter(a -> a.isOverdue(today)).count();
    }
}
