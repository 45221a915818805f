package uk.bestvalue.web;

import java.time.LocalDate;
import java.util.List;
import uk.bestvalue.assessment.EvidenceItem;
import uk.bestvalue.assessment.EvidenceUse;

/** An evidence item, and (when used in an assessment) its links and whether it needs refreshing. */
record EvidenceJson(long id, String title, String description, String link, String documentRef, String owner, LocalDate date,
                    Boolean toRefresh, List<LinkJson> links, int version) {

    record LinkJson(String criterion, String stance) {
    }

    static EvidenceJson of(EvidenceItem item) {
        return new EvidenceJson(item.id(), item.title(), item.description(), item.link(), item.documentRef(), item.owner(), item.date(),
                null, null, item.version());
    }

    static EvidenceJson of(EvidenceUse use) {
        EvidenceItem item = use.item();
        return new EvidenceJson(item.id(), item.title(), item.description(), item.link(), item.documentRef(), item.owner(), item.date(),
                use.toRefresh(), use.links().stream().map(l -> new LinkJson(l.criterionCode(), l.stance().id())).toList(), item.version());
    }
}
