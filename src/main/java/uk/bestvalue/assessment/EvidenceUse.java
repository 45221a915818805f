package uk.bestvalue.assessment;

import java.util.List;

/**
 * An evidence item as one assessment uses it: the criteria it bears on, and whether it was
 * carried from last year and still needs refreshing.
 */
public record EvidenceUse(EvidenceItem item, boolean toRefresh, List<EvidenceLink> links) {
    public EvidenceUse {
        links = List.copyOf(links);
    }

    public boolean bearsOn(long criterionId) {
        return links.stream().anyMatch(l -> l.criterionId() == criterionId);
    }
}
