package uk.bestvalue.assessment;

/**
 * A change to an assessment's details, as it arrives from a form or the API. A field left null
 * keeps what is stored. Scores are never deleted by a change of details: a change of scoring mode
 * keeps every stored score (those the new mode does not use are hidden, and come back when the mode
 * is switched back), and a change of scale is refused while scores use levels the new scale lacks.
 * {@code version} is the version of the details the change was made from; null saves over whatever
 * is stored.
 */
public record AssessmentDetails(String title, String owner, String period, String scale, String scoring, Boolean deriveThemeScores,
                                Integer version) {

    public AssessmentDetails(String title, String owner, String period, String scale, String scoring, Boolean deriveThemeScores) {
        this(title, owner, period, scale, scoring, deriveThemeScores, null);
    }
}
