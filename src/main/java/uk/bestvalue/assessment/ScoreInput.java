package uk.bestvalue.assessment;

/** A score (a level code of the assessment's scale, or blank for none yet) and its narrative. */
public record ScoreInput(String score, String narrative) {
}
