package uk.bestvalue.warning;

import java.time.LocalDateTime;
import java.util.List;
import uk.bestvalue.authority.Authority;

/**
 * Councils with open flags, for a network or a central analyst: grouped by their most severe open
 * flag and alphabetical within it, each with its flags and what raised them. Never ranked by how
 * many flags a council has.
 *
 * @param lastImport when the latest import was made; flags opened since then are marked new
 */
public record Watchlist(LocalDateTime lastImport, List<Entry> entries) {
    public Watchlist {
        entries = List.copyOf(entries);
    }

    /** One council and its open flags (those the filter picked). */
    public record Entry(Authority authority, Severity worst, List<Flag> flags, int newSinceImport) {
        public Entry {
            flags = List.copyOf(flags);
        }
    }

    /**
     * Which councils and flags to show; a null field does not filter. {@code group} is a saved group (a
     * benchmarking network, say) as {@code custom:ID} or its id.
     */
    public record Filter(String region, String type, String theme, String rule, String group) {
        public Filter(String region, String type, String theme, String rule) {
            this(region, type, theme, rule, null);
        }
    }

    public boolean isNew(Flag f) {
        return lastImport != null && !f.openedAt().isBefore(lastImport);
    }
}
