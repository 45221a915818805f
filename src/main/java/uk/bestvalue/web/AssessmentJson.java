package uk.bestvalue.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.ThemeCoverage;
import uk.bestvalue.assessment.ThemeScore;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.ScaleLevel;
import uk.bestvalue.framework.Theme;

/** An assessment's overview as the API gives it: scores, coverage and counts, by code. */
record AssessmentJson(long id, String authority, String authorityName, String framework, String period, String title, String owner,
                      String status, String scale, String scoring, boolean deriveThemeScores, boolean example, Long rolledFrom,
                      LocalDateTime createdAt, LocalDateTime updatedAt, List<ThemeJson> themes, List<CriterionJson> criteria,
                      int evidence, int actions, int openActions, long overdueActions, LocalDateTime deletedAt, List<String> leftBehind,
                      String href, int version) {

    record ThemeJson(String code, String name, String score, String scoreLabel, boolean derived, String narrative, int criteria,
                     int evidenced, List<String> withoutEvidence, String changeReason, String reviewedBy, LocalDate reviewedOn,
                     int version) {
    }

    record CriterionJson(String code, String kind, String score, String scoreLabel, String narrative, int version) {
    }

    static AssessmentJson of(AssessmentView view, LocalDate today, List<String> leftBehind) {
        Assessment a = view.assessment();
        List<ThemeJson> themes = view.version().themes().stream().map(theme -> theme(view, theme)).toList();
        List<CriterionJson> criteria = view.criterionScores().stream().map(s -> {
            Criterion c = view.version().criterion(s.criterionId()).orElseThrow();
            return new CriterionJson(c.code(), c.kind().id(), s.levelCode(), view.level(s.levelCode()).map(ScaleLevel::label).orElse(null),
                    s.narrative(), s.version());
        }).toList();
        return new AssessmentJson(a.id(), a.authority().value(), view.authorityName(), a.versionReference(), a.period().value(), a.title(),
                a.owner(), a.status().id(), a.scaleKey(), a.scoring().id(), a.deriveThemeScores(), a.example(), a.rolledFromId(),
                a.createdAt(), a.updatedAt(), themes, criteria, view.evidence().size(), view.actions().size(), view.openActions().size(),
                view.overdue(today), a.deletedAt(), leftBehind, "/api/v1/assessments/" + a.id(), view.detailsVersion());
    }

    private static ThemeJson theme(AssessmentView view, Theme theme) {
        ThemeScore score = view.themeScore(theme.code());
        ThemeCoverage coverage = view.coverageOf(theme);
        return new ThemeJson(theme.code(), theme.name(), score.levelCode(), view.level(score.levelCode()).map(ScaleLevel::label).orElse(null),
                score.derived(), score.narrative(), coverage.criteria(), coverage.evidenced(),
                coverage.withoutEvidence().stream().map(Criterion::code).toList(), score.changeReason(),
                view.reviewOf(theme.code()).map(r -> r.reviewer()).orElse(null), view.reviewOf(theme.code()).map(r -> r.reviewedOn()).orElse(null),
                score.version());
    }
}
