package uk.bestvalue.assessment;

/** A criterion's score and narrative, where the assessment scores criteria; {@code version} is the stored row's (0 when never saved). */
public record CriterionScore(long criterionId, String criterionCode, String levelCode, String narrative, int version) {

    public CriterionScore(long criterionId, String criterionCode, String levelCode, String narrative) {
        this(criterionId, criterionCode, levelCode, narrative, 0);
    }
}
