package uk.bestvalue.assessment;

import java.time.LocalDate;
import uk.bestvalue.authority.OnsCode;

/** An item in an authority's evidence library: kept across years and reusable in any of its assessments. */
public record EvidenceItem(long id, OnsCode authority, String title, String description, String link, String documentRef,
                           String owner, LocalDate date) {
}
