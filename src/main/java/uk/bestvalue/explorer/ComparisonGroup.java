package uk.bestvalue.explorer;

import java.util.Set;
import uk.bestvalue.authority.OnsCode;

/**
 * The authorities one is compared with: all England, the same region, the same type, a saved
 * group, and (later) statistical nearest neighbours. {@code key} is how URLs and the API name it.
 */
public record ComparisonGroup(String key, String label, Set<OnsCode> members) {
    public ComparisonGroup {
        members = Set.copyOf(members);
    }
}
