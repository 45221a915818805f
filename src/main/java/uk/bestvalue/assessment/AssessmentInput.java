package uk.bestvalue.assessment;

/**
 * A request to start an assessment, as it arrives from a form or the API: text, checked by
 * {@link Assessments#create}. {@code framework} is a version reference such as
 * {@code best-value-standards/2024}; scale, scoring and the flags have defaults.
 */
public record AssessmentInput(String authority, String framework, String period, String title, String owner,
                              String scale, String scoring, Boolean deriveThemeScores, Boolean example) {
}
