package uk.bestvalue.warning;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A version of a set of rules, as imported: {@code key/version}, e.g. "starter/2026-1". */
public record RuleSet(long id, String key, String version, String name, List<Rule> rules, LocalDateTime importedAt) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    public String reference() {
        return key + "/" + version;
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
