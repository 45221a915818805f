package uk.bestvalue.assessment;

/** An evidence item's bearing on one criterion of the assessment's framework version. */
public record EvidenceLink(long criterionId, String criterionCode, Stance stance) {
}
