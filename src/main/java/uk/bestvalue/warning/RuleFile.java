package uk.bestvalue.warning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.explorer.Polarity;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.Theme;

/**
 * Reads a rule file ({@code bestvalue-warning-rules/1}, YAML) and checks every rule against the
 * metric catalogue and the framework version it names. Every problem is collected with its place
 * (e.g. {@code rules[3].condition.group}); one bad rule rejects the whole file.
 */
final class RuleFile {
    static final String FORMAT = "bestvalue-warning-rules/1";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern GROUP = Pattern.compile("england|region|type|neighbours(:[a-z0-9-]{1,40})?|custom:[0-9]{1,12}");

    /** What the file was read into, before it is stored: the rules and the framework version they speak to. */
    record Read(String key, String version, String name, String framework, List<Rule> rules) {
    }

    private final List<FieldError> problems = new ArrayList<>();
    private final Function<String, Polarity> metricPolarity;
    private final Function<String, FrameworkVersion> frameworks;

    private RuleFile(Function<String, Polarity> metricPolarity, Function<String, FrameworkVersion> frameworks) {
        this.metricPolarity = metricPolarity;
        this.frameworks = frameworks;
    }

    /**
     * @param metricPolarity a metric's polarity, or null when the catalogue has no such metric
     * @param frameworks     a framework version by its reference, or null when there is none
     */
    static Read read(byte[] content, Function<String, Polarity> metricPolarity, Function<String, FrameworkVersion> frameworks) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "(file)" : "line " + e.getLocation().getLineNr();
            throw new Invalid(where, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid("(file)", "could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("(file)", "expected a YAML document with named fields");
        }
        return new RuleFile(metricPolarity, frameworks).read(root);
    }

    private Read read(JsonNode root) {
        String format = text(root, "format", "format", 60, true);
        if (format != null && !format.equals(FORMAT)) {
            problem("format", "must be " + FORMAT);
        }
        JsonNode set = root.get("set");
        if (set == null || !set.isObject()) {
            problem("set", "is required: the rule set's key, version and name");
        }
        String key = text(set, "key", "set.key", 80, true);
        if (key != null && !ID.matcher(key).matches()) {
            problem("set.key", "use lower-case letters, digits and hyphens");
        }
        String version = text(set, "version", "set.version", 40, true);
        if (version != null && !KEY.matcher(version).matches()) {
            problem("set.version", "use letters, digits, dots, hyphens and underscores");
        }
        String name = text(set, "name", "set.name", 300, true);
        String frameworkRef = text(set, "framework", "set.framework", 120, true);
        FrameworkVersion framework = frameworkRef == null ? null : frameworks.apply(frameworkRef);
        if (frameworkRef != null && framework == null) {
            problem("set.framework", "'" + frameworkRef + "' is not a framework version that is loaded");
        }
        JsonNode list = root.get("rules");
        List<Rule> rules = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problem("rules", "is required: a list of at least one rule");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Rule rule = rule(list.get(i), "rules[" + (i + 1) + "]", framework);
                if (rule != null) {
                    rules.add(rule);
                }
            }
            crossCheck(rules);
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new Read(key, version, name, frameworkRef, rules);
    }

    private Rule rule(JsonNode node, String at, FrameworkVersion framework) {
        if (node == null || !node.isObject()) {
            problem(at, "must be a rule with named fields");
            return null;
        }
        int before = problems.size();
        String id = text(node, "id", at + ".id", 80, true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(at + ".id", "use lower-case letters, digits and hyphens");
        }
        String title = text(node, "title", at + ".title", 300, true);
        String caveat = text(node, "caveat", at + ".caveat", 2000, true);
        Severity severity = null;
        String severityText = text(node, "severity", at + ".severity", 10, true);
        if (severityText != null) {
            severity = Severity.fromId(severityText).orElse(null);
            if (severity == null) {
                problem(at + ".severity", "use low, medium or high");
            }
        }
        List<String> metrics = list(node, "metrics", at + ".metrics");
        Condition condition = condition(node.get("condition"), at + ".condition");
        if (condition instanceof Condition.Combination) {
            if (!metrics.isEmpty()) {
                problem(at + ".metrics", "a combination reads other rules, not metrics: leave metrics out");
            }
        } else if (condition != null) {
            if (metrics.size() != 1) {
                problem(at + ".metrics", "a " + condition.kind() + " rule reads exactly one metric");
            } else {
                Polarity polarity = metricPolarity.apply(metrics.get(0));
                if (polarity == null) {
                    problem(at + ".metrics[1]", "'" + metrics.get(0) + "' is not a metric in the catalogue");
                } else if (!polarity.ranks() && !(condition instanceof Condition.Threshold) && !(condition instanceof Condition.Missing)) {
                    problem(at + ".condition.kind", "'" + metrics.get(0) + "' is context (neither higher nor lower is better), so it has no worse side");
                }
            }
        }
        String theme = text(node, "theme", at + ".theme", 40, true);
        List<String> criteria = list(node, "criteria", at + ".criteria");
        if (framework != null && theme != null) {
            Theme found = framework.theme(theme).orElse(null);
            if (found == null) {
                problem(at + ".theme", "'" + theme + "' is not a theme of " + framework.reference());
            } else {
                theme = found.code();
                for (int i = 0; i < criteria.size(); i++) {
                    String code = criteria.get(i);
                    Criterion c = found.criteria().stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst().orElse(null);
                    if (c == null || !c.isIndicator()) {
                        problem(at + ".criteria[" + (i + 1) + "]", "'" + code + "' is not an indicator of potential failure under theme " + found.code());
                    } else {
                        criteria.set(i, c.code());
                    }
                }
            }
        }
        if (criteria.isEmpty()) {
            problem(at + ".criteria", "name at least one indicator of potential failure the rule speaks to");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Rule(id, title, metrics, condition, severity, theme, criteria, caveat);
    }

    private Condition condition(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            problem(at, "is required: a kind (threshold, position, trend, change, missing or combination) and its settings");
            return null;
        }
        String kind = text(node, "kind", at + ".kind", 20, true);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "threshold" -> {
                Double below = number(node, "below", at + ".below");
                Double above = number(node, "above", at + ".above");
                if ((below == null) == (above == null)) {
                    problem(at, "give one of below or above");
                    yield null;
                }
                yield new Condition.Threshold(below, above);
            }
            case "position" -> {
                String group = text(node, "group", at + ".group", 60, true);
                if (group != null && !GROUP.matcher(group).matches()) {
                    problem(at + ".group", "use england, region, type, neighbours or custom:ID");
                    yield null;
                }
                String quartile = text(node, "quartile", at + ".quartile", 20, false);
                if (quartile != null && !quartile.equals("worst")) {
                    problem(at + ".quartile", "only the worst quartile is a position rule (leave it out or write worst)");
                }
                yield group == null ? null : new Condition.Position(group);
            }
            case "trend" -> {
                Double periods = number(node, "periods", at + ".periods");
                if (periods == null || periods < 2 || periods > 10 || periods != Math.floor(periods)) {
                    problem(at + ".periods", "give a whole number of periods from 2 to 10");
                    yield null;
                }
                yield new Condition.Trend(periods.intValue());
            }
            case "change" -> {
                Double by = number(node, "by", at + ".by");
                if (by == null || by <= 0) {
                    problem(at + ".by", "give by how much worse (in the metric's unit), more than 0");
                    yield null;
                }
                yield new Condition.Change(by);
            }
            case "missing" -> {
                Double others = node.has("others") ? number(node, "others", at + ".others") : Double.valueOf(1);
                if (others == null || others < 1 || others != Math.floor(others)) {
                    problem(at + ".others", "give how many other authorities must have made the return, at least 1");
                    yield null;
                }
                yield new Condition.Missing(others.intValue());
            }
            case "combination" -> {
                List<String> rules = list(node, "rules", at + ".rules");
                Double atLeast = number(node, "at_least", at + ".at_least");
                if (rules.size() < 2) {
                    problem(at + ".rules", "name at least two rules");
                }
                if (atLeast == null || atLeast < 1 || atLeast > rules.size() || atLeast != Math.floor(atLeast)) {
                    problem(at + ".at_least", "give a whole number from 1 to the number of rules named");
                    yield null;
                }
                yield new Condition.Combination(rules, atLeast.intValue());
            }
            default -> {
                problem(at + ".kind", "'" + kind + "' is not a kind of condition: use threshold, position, trend, change, missing or combination");
                yield null;
            }
        };
    }

    /** Ids are unique; a combination names rules of the same set that read metrics. */
    private void crossCheck(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        Set<String> single = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (!ids.add(r.id())) {
                problem("rules[" + (i + 1) + "].id", "'" + r.id() + "' is used by an earlier rule");
            }
            if (!(r.condition() instanceof Condition.Combination)) {
                single.add(r.id());
            }
        }
        for (Rule r : rules) {
            if (r.condition() instanceof Condition.Combination c) {
                for (String named : c.rules()) {
                    if (!single.contains(named)) {
                        problem("rules." + r.id() + ".condition.rules", "'" + named + "' is not a rule of this set that reads a metric");
                    }
                }
            }
        }
    }

    private String text(JsonNode node, String field, String at, int max, boolean required) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || (value.isValueNode() && value.asText().isBlank())) {
            if (required) {
                problem(at, "is required");
            }
            return null;
        }
        if (!value.isValueNode()) {
            problem(at, "must be a single value, not a list or a section");
            return null;
        }
        String text = value.asText().strip();
        if (text.length() > max) {
            problem(at, "must be " + max + " characters or fewer");
            return null;
        }
        return text;
    }

    private Double number(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problem(at, "must be a number");
            return null;
        }
        return value.asDouble();
    }

    private List<String> list(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            problem(at, "must be a list");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item == null || !item.isValueNode() || item.asText().isBlank()) {
                problem(at + "[" + (i + 1) + "]", "must be a code");
            } else {
                items.add(item.asText().strip());
            }
        }
        return items;
    }

    private void problem(String field, String message) {
        problems.add(new FieldError(field, message));
    }
}
