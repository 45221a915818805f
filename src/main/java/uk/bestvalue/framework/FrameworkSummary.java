package uk.bestvalue.framework;

import java.util.List;

/** A framework and the versions of it that are loaded, newest first. */
public record FrameworkSummary(String key, String name, String publisher, String url, String notice, List<VersionSummary> versions) {
    public FrameworkSummary {
        versions = List.copyOf(versions);
    }

    /** A version without its themes, for lists. */
    public record VersionSummary(long id, String key, String name, VersionStage stage, java.time.LocalDate published,
                                 int themes, int criteria, long assessments) {
    }
}
