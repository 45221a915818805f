package uk.bestvalue.explorer;

import java.util.Optional;
import uk.bestvalue.authority.Authority;

/**
 * Comparison groups another feature defines — an authority's nearest neighbours, a benchmarking
 * network — resolved by key, so that every comparison, chart, dashboard and CSV can use them.
 */
public interface GroupSource {
    /**
     * The group a key names, or empty when the key is not this source's.
     *
     * @param focus the authority being compared, or null when none was chosen
     */
    Optional<ComparisonGroup> group(String key, Authority focus);

    /** The groups to offer on a page's "compare with" choice, key to label, in order. */
    default java.util.Map<String, String> choices() {
        return java.util.Map.of();
    }

    /** Whether the key names a group of this source that needs no authority to compare (a network does; neighbours do not). */
    default boolean standsAlone(String key) {
        return false;
    }
}
