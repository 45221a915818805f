package uk.bestvalue.framework;

import java.time.LocalDate;
import java.util.List;

/** A framework version as read from a file, checked but not yet stored. */
record FrameworkDefinition(
        String frameworkKey, String frameworkName, String publisher, String frameworkUrl, String notice,
        String versionKey, String versionName, VersionStage stage, LocalDate published, String versionUrl, String note,
        List<ThemeDefinition> themes, List<CriterionDefinition> criteria) {

    record ThemeDefinition(String code, String name, String description, List<String> criterionCodes) {
    }

    record CriterionDefinition(String code, CriterionKind kind, String title, String description, String guidance, String basis) {
    }
}
