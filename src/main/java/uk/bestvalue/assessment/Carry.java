package uk.bestvalue.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkMapping;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.Theme;

/**
 * Carries what an assessment holds from one framework version into another through the mapping
 * between them, and writes down, in words an officer can act on, everything it could not carry.
 */
final class Carry {
    private final FrameworkVersion from;
    private final FrameworkVersion to;
    private final FrameworkMapping mapping;
    private final List<String> leftBehind = new ArrayList<>();

    Carry(FrameworkVersion from, FrameworkVersion to, FrameworkMapping mapping) {
        this.from = from;
        this.to = to;
        this.mapping = mapping;
    }

    List<String> leftBehind() {
        return List.copyOf(leftBehind);
    }

    /** An item's links in the new version: a split criterion links to each part, where the stance suits the part. */
    List<EvidenceLink> links(EvidenceUse use) {
        Map<Long, EvidenceLink> links = new LinkedHashMap<>();
        for (EvidenceLink link : use.links()) {
            List<String> targets = mapping.criterionTargets(link.criterionCode());
            if (targets.isEmpty()) {
                leftBehind.add("Evidence '" + use.item().title() + "' " + link.stance().id() + " " + link.criterionCode()
                        + ", which " + to.name() + " does not have: link it to a criterion of the new version, or leave it out");
            }
            for (String code : targets) {
                Criterion criterion = to.criterion(code).orElse(null);
                if (criterion == null) {
                    continue;
                }
                if (link.stance().appliesTo() != criterion.kind()) {
                    leftBehind.add("Evidence '" + use.item().title() + "' " + link.stance().id() + " " + link.criterionCode()
                            + ", but " + code + " is now a " + criterion.kind().label().toLowerCase() + ": choose its stance again");
                    continue;
                }
                links.putIfAbsent(criterion.id(), new EvidenceLink(criterion.id(), criterion.code(), link.stance()));
            }
        }
        if (links.isEmpty() && !use.links().isEmpty()) {
            leftBehind.add("Evidence '" + use.item().title() + "' could not be linked to any criterion of " + to.name()
                    + " and was not carried: add it again from the library if it still applies");
        }
        return List.copyOf(links.values());
    }

    /** An action's theme in the new version; null (and noted) when the theme does not carry into exactly one. */
    Long theme(Action action) {
        if (action.themeCode() == null) {
            return null;
        }
        List<String> targets = mapping.themeTargets(action.themeCode());
        Optional<Theme> theme = targets.size() == 1 ? to.theme(targets.get(0)) : Optional.empty();
        if (theme.isEmpty()) {
            leftBehind.add("Action '" + action.description() + "' was under the theme " + themeName(action.themeCode())
                    + ", which does not carry into one theme of " + to.name() + ": choose its theme again");
        }
        return theme.map(Theme::id).orElse(null);
    }

    List<Long> criteria(Action action) {
        List<Long> ids = new ArrayList<>();
        for (String code : action.criterionCodes()) {
            List<String> targets = mapping.criterionTargets(code);
            if (targets.isEmpty()) {
                leftBehind.add("Action '" + action.description() + "' addressed " + code + ", which " + to.name() + " does not have");
            }
            targets.forEach(t -> to.criterion(t).map(Criterion::id).filter(id -> !ids.contains(id)).ifPresent(ids::add));
        }
        return ids;
    }

    /**
     * A score for a theme or criterion of the new version from the scores of what it comes from:
     * carried when they agree; noted and left blank when they differ.
     */
    ScoreCarried score(String toCode, String name, List<String> sourceCodes, Map<String, String[]> sourceScores) {
        List<String[]> found = sourceCodes.stream().map(sourceScores::get).filter(s -> s != null && s[0] != null).toList();
        if (found.isEmpty()) {
            return null;
        }
        String level = found.get(0)[0];
        if (found.stream().anyMatch(s -> !s[0].equals(level))) {
            leftBehind.add(name + " (" + toCode + ") comes from " + String.join(", ", sourceCodes)
                    + ", which were scored differently: score it again");
            return null;
        }
        String narrative = found.stream().map(s -> s[1]).filter(n -> n != null).reduce((a, b) -> a + "\n\n" + b).orElse(null);
        return new ScoreCarried(level, narrative);
    }

    record ScoreCarried(String level, String narrative) {
    }

    private String themeName(String code) {
        return from.theme(code).map(Theme::name).orElse(code);
    }
}
