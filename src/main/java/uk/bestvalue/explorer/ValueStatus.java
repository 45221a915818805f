package uk.bestvalue.explorer;

import java.util.Arrays;
import java.util.Optional;

/** What a reported value is: usable (ok, provisional) or not (suppressed, not applicable, missing). */
public enum ValueStatus {
    OK("ok"), PROVISIONAL("provisional"), SUPPRESSED("suppressed"), NOT_APPLICABLE("not_applicable"), MISSING("missing");

    private final String id;

    ValueStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean usable() {
        return this == OK || this == PROVISIONAL;
    }

    public static Optional<ValueStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
