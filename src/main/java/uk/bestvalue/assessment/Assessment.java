package uk.bestvalue.assessment;

import java.time.LocalDateTime;
import java.util.Objects;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.period.Period;

/** One authority's self-assessment against one framework version for one financial year. */
public record Assessment(
        long id,
        OnsCode authority,
        long versionId,
        String versionReference,
        Period period,
        String title,
        String owner,
        AssessmentStatus status,
        String scaleKey,
        Scoring scoring,
        boolean deriveThemeScores,
        boolean example,
        Long rolledFromId,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public Assessment {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(title, "title");
        status = status == null ? AssessmentStatus.DRAFT : status;
    }

    /** Deleted assessments are kept, hidden, until an authority admin restores them. */
    public boolean deleted() {
        return deletedAt != null;
    }
}
