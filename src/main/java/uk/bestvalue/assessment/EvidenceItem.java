package uk.bestvalue.assessment;

import java.time.LocalDate;
import uk.bestvalue.authority.OnsCode;

/**
 * An item in an authority's evidence library: kept across years and reusable in any of its
 * assessments. {@code version} is the stored row's, which an edit of the item is made from.
 */
public record EvidenceItem(long id, OnsCode authority, String title, String description, String link, String documentRef,
                           String owner, LocalDate date, int version) {

    public EvidenceItem(long id, OnsCode authority, String title, String description, String link, String documentRef, String owner,
                        LocalDate date) {
        this(id, authority, title, description, link, documentRef, owner, date, 1);
    }
}
