package uk.bestvalue.assessment;

import java.util.List;

/**
 * Evidence to use in an assessment: either an existing library item ({@code evidenceId}) or a new
 * one described by the other fields, with the criteria it bears on. When an item is changed,
 * {@code version} is the version of it the change was made from (null: save over whatever is stored).
 */
public record EvidenceInput(Long evidenceId, String title, String description, String link, String documentRef, String owner,
                            String date, List<LinkInput> links, Integer version) {

    public EvidenceInput(Long evidenceId, String title, String description, String link, String documentRef, String owner, String date,
                         List<LinkInput> links) {
        this(evidenceId, title, description, link, documentRef, owner, date, links, null);
    }

    /** A criterion code and the stance: supports, negates or shows. */
    public record LinkInput(String criterion, String stance) {
    }
}
