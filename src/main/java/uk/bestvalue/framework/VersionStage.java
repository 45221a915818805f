package uk.bestvalue.framework;

import java.util.Arrays;
import java.util.Optional;

/** Where a framework version stands: a consultation draft, the final text, or a council's own coding. */
public enum VersionStage {
    DRAFT("draft"), FINAL("final"), LOCAL("local");

    private final String id;

    VersionStage(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<VersionStage> fromId(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst();
    }
}
