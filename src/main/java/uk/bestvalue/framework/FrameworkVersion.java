package uk.bestvalue.framework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One version of a framework with its themes and criteria: what an assessment is made against. */
public record FrameworkVersion(
        long id,
        String frameworkKey,
        String frameworkName,
        String notice,
        String key,
        String name,
        VersionStage stage,
        LocalDate published,
        String url,
        String note,
        List<Theme> themes) {

    public FrameworkVersion {
        Objects.requireNonNull(frameworkKey, "frameworkKey");
        Objects.requireNonNull(key, "key");
        themes = List.copyOf(themes);
    }

    /** "best-value-standards/2024": how files, the API and the command line name a version. */
    public String reference() {
        return frameworkKey + "/" + key;
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Theme> theme(long themeId) {
        return themes.stream().filter(t -> t.id() == themeId).findFirst();
    }

    /** Every criterion once, in the order it first appears. */
    public List<Criterion> criteria() {
        Map<Long, Criterion> distinct = new LinkedHashMap<>();
        themes.forEach(theme -> theme.criteria().forEach(c -> distinct.putIfAbsent(c.id(), c)));
        return List.copyOf(distinct.values());
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Criterion> criterion(long criterionId) {
        return criteria().stream().filter(c -> c.id() == criterionId).findFirst();
    }

    /** The themes a criterion appears under: more than one when it is shared. */
    public List<Theme> themesOf(long criterionId) {
        return themes.stream().filter(t -> t.criteria().stream().anyMatch(c -> c.id() == criterionId)).toList();
    }
}
