package uk.bestvalue.assessment;

/** A criterion's score and narrative, where the assessment scores criteria. */
public record CriterionScore(long criterionId, String criterionCode, String levelCode, String narrative) {
}
