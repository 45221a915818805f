package uk.bestvalue.authority;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which authorities a list shows: those in being (the default), past ones, or both. */
public enum AuthorityStatus {
    CURRENT, PAST, ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuthorityStatus> fromId(String id) {
        return Arrays.stream(values()).filter(status -> status.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
