package uk.bestvalue.web;

import java.time.LocalDateTime;
import uk.bestvalue.assessment.Assessment;

/** An assessment in a list. */
record AssessmentSummaryJson(long id, String authority, String framework, String period, String title, String owner, String status,
                             String scale, String scoring, boolean example, Long rolledFrom, LocalDateTime updatedAt, LocalDateTime deletedAt, String href) {

    static AssessmentSummaryJson of(Assessment a) {
        return new AssessmentSummaryJson(a.id(), a.authority().value(), a.versionReference(), a.period().value(), a.title(), a.owner(),
                a.status().id(), a.scaleKey(), a.scoring().id(), a.example(), a.rolledFromId(), a.updatedAt(), a.deletedAt(),
                "/api/v1/assessments/" + a.id());
    }
}
