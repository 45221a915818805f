package uk.bestvalue.warning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.ComparisonGroup;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.MetricValue;
import uk.bestvalue.period.Period;

/**
 * Runs the active rules over the data and brings the stored flags in line: a rule met and not yet
 * flagged opens a flag; a flag whose rule is no longer met closes; a rule still met in a newer period
 * closes the old flag and opens one with the newer values. Reads values through the explorer.
 */
final class Evaluations {
    private final WarningRepository repository;
    private final Explorer explorer;
    private final AuthorityRegister authorities;
    private final Clock clock;

    Evaluations(WarningRepository repository, Explorer explorer, AuthorityRegister authorities, Clock clock) {
        this.repository = repository;
        this.explorer = explorer;
        this.authorities = authorities;
        this.clock = clock;
    }

    /**
     * Evaluates the active sets' rules that read the given metrics (all rules when {@code metrics} is
     * null) and the combinations built on them; {@code importId} is the import that prompted it.
     */
    /** One evaluation at a time in a process, so that two imports never open the same flag twice. */
    synchronized Evaluation run(List<RuleSet> active, List<RuleSet> all, Set<String> metrics, Long importId, boolean retire) {
        long started = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Flag> opened = new ArrayList<>();
        List<WarningRepository.Closing> closed = new ArrayList<>();
        int rulesRun = 0;
        if (retire) {
            closeRetired(active, all, closed);
        }
        List<Authority> current = authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT));
        // An authority's group is the same for every rule that names it: resolved once per evaluation.
        Map<String, Object> resolved = new HashMap<>();
        java.util.function.BiFunction<String, Authority, ComparisonGroup> groups = (key, a) -> {
            Object group = resolved.computeIfAbsent(key + "|" + a.code().value(), k -> {
                try {
                    return explorer.group(key, a);
                } catch (RuntimeException e) {
                    return e;
                }
            });
            if (group instanceof RuntimeException e) {
                throw e;
            }
            return (ComparisonGroup) group;
        };
        for (RuleSet set : active) {
            Map<String, List<Rule>> byMetric = new LinkedHashMap<>();
            for (Rule rule : set.rules()) {
                if (rule.metric() != null && (metrics == null || metrics.contains(rule.metric()))) {
                    byMetric.computeIfAbsent(rule.metric(), m -> new ArrayList<>()).add(rule);
                }
            }
            Map<String, Map<OnsCode, Observation>> firing = new HashMap<>();
            for (var entry : byMetric.entrySet()) {
                Evaluator.MetricData data = data(entry.getKey(), entry.getValue());
                if (data == null) {
                    continue;
                }
                List<Authority> applicable = applicable(data, current);
                for (Rule rule : entry.getValue()) {
                    firing.put(rule.id(), Evaluator.fire(rule, data, applicable, groups));
                    rulesRun++;
                }
            }
            sync(set, firing, importId, now, opened, closed);
            Map<String, Map<OnsCode, Observation>> combined = combinations(set, firing, metrics == null);
            rulesRun += combined.size();
            sync(set, combined, importId, now, opened, closed);
        }
        repository.apply(opened, closed, now);
        return new Evaluation(rulesRun, opened.size(), closed.size(), (int) repository.openCount(), (System.nanoTime() - started) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }

    /** Flags of a rule set version that is no longer active, or of a rule it dropped, close. */
    private void closeRetired(List<RuleSet> active, List<RuleSet> all, List<WarningRepository.Closing> closed) {
        Map<Long, RuleSet> activeById = new HashMap<>();
        active.forEach(s -> activeById.put(s.id(), s));
        for (WarningRepository.OpenFlag f : repository.openFlags()) {
            RuleSet set = activeById.get(f.ruleSetId());
            if (set == null) {
                String by = all.stream().filter(s -> s.id() == f.ruleSetId()).findFirst()
                        .flatMap(old -> active.stream().filter(a -> a.key().equals(old.key())).findFirst()).map(RuleSet::reference).orElse(null);
                closed.add(new WarningRepository.Closing(f.id(), by == null ? "its rule set is no longer in use" : "its rule set was replaced by " + by));
            } else if (set.rule(f.ruleId()).isEmpty()) {
                closed.add(new WarningRepository.Closing(f.id(), "the rule is no longer in " + set.reference()));
            }
        }
    }

    private Evaluator.MetricData data(String metricId, List<Rule> rules) {
        Metric metric;
        try {
            metric = explorer.metric(metricId);
        } catch (NotFound e) {
            return null;
        }
        int needed = Evaluator.SERIES;
        for (Rule r : rules) {
            if (r.condition() instanceof Condition.Trend t) {
                needed = Math.max(needed, t.periods() + 1);
            }
        }
        List<String> periods = explorer.periods(metricId);
        List<String> recent = periods.subList(Math.max(0, periods.size() - needed), periods.size());
        Map<String, Map<OnsCode, MetricValue>> values = new HashMap<>();
        for (String period : recent) {
            Map<OnsCode, MetricValue> byAuthority = new HashMap<>();
            explorer.values(metricId, period).forEach(v -> byAuthority.put(v.authority(), v));
            values.put(period, byAuthority);
        }
        return new Evaluator.MetricData(metric, List.copyOf(recent), values);
    }

    /** Current authorities the metric applies to that were in being in its latest period. */
    private static List<Authority> applicable(Evaluator.MetricData data, List<Authority> current) {
        if (data.latest() == null) {
            return List.of();
        }
        var end = Period.parse(data.latest()).end();
        return current.stream().filter(a -> data.metric().appliesTo(a.type()))
                .filter(a -> a.startDate() == null || !a.startDate().isAfter(end)).toList();
    }

    /**
     * Each combination's observations: for every authority, the named rules met at once. A rule not
     * evaluated this time counts through its open flags.
     */
    private Map<String, Map<OnsCode, Observation>> combinations(RuleSet set, Map<String, Map<OnsCode, Observation>> firing, boolean all) {
        Map<String, Map<OnsCode, Observation>> result = new HashMap<>();
        for (Rule rule : set.rules()) {
            if (!(rule.condition() instanceof Condition.Combination c) || (!all && c.rules().stream().noneMatch(firing::containsKey))) {
                continue;
            }
            Map<OnsCode, List<Observation.Part>> parts = new LinkedHashMap<>();
            List<String> unevaluated = c.rules().stream().filter(r -> !firing.containsKey(r)).toList();
            Map<String, Map<OnsCode, WarningRepository.OpenFlag>> stored = new HashMap<>();
            repository.openOfRules(set.id(), unevaluated).forEach(f -> stored.computeIfAbsent(f.ruleId(), k -> new HashMap<>()).put(f.authority(), f));
            for (String named : c.rules()) {
                Rule part = set.rule(named).orElseThrow();
                if (firing.containsKey(named)) {
                    firing.get(named).forEach((code, o) -> parts.computeIfAbsent(code, k -> new ArrayList<>())
                            .add(new Observation.Part(named, part.title(), Evaluator.explain(part, o), part.metric(), o.period())));
                } else {
                    stored.getOrDefault(named, Map.of()).forEach((code, f) -> parts.computeIfAbsent(code, k -> new ArrayList<>())
                            .add(new Observation.Part(named, part.title(), f.explanation(), part.metric(), f.period())));
                }
            }
            Map<OnsCode, Observation> fired = new LinkedHashMap<>();
            parts.forEach((code, list) -> {
                Observation o = Observation.combination(list);
                if (Evaluator.holds(rule, o)) {
                    fired.put(code, o);
                }
            });
            result.put(rule.id(), fired);
        }
        return result;
    }

    private void sync(RuleSet set, Map<String, Map<OnsCode, Observation>> firing, Long importId, LocalDateTime now, List<Flag> opened,
                      List<WarningRepository.Closing> closed) {
        Map<String, Map<OnsCode, WarningRepository.OpenFlag>> existing = new HashMap<>();
        repository.openOfRules(set.id(), List.copyOf(firing.keySet()))
                .forEach(f -> existing.computeIfAbsent(f.ruleId(), k -> new HashMap<>()).put(f.authority(), f));
        for (var entry : firing.entrySet()) {
            Rule rule = set.rule(entry.getKey()).orElseThrow();
            Map<OnsCode, WarningRepository.OpenFlag> before = existing.getOrDefault(rule.id(), Map.of());
            Set<OnsCode> seen = new HashSet<>();
            entry.getValue().forEach((code, o) -> {
                seen.add(code);
                WarningRepository.OpenFlag old = before.get(code);
                String explanation = Evaluator.explain(rule, o);
                if (old != null && same(old, o, explanation)) {
                    return;
                }
                if (old != null) {
                    closed.add(new WarningRepository.Closing(old.id(), "still met, with newer data" + (o.period() == null ? "" : " for " + o.period())));
                }
                opened.add(new Flag(0, set.id(), rule.id(), code, rule.title(), rule.severity(), rule.theme(), rule.criteria(), o.metricId(),
                        o.period(), o.group() == null ? null : o.group().label(), o, explanation, now, importId, null, null));
            });
            before.forEach((code, old) -> {
                if (!seen.contains(code)) {
                    closed.add(new WarningRepository.Closing(old.id(), "the data no longer meets the rule"));
                }
            });
        }
    }

    /**
     * The same period and group for a metric rule; the same rules met for a combination. A revised value
     * in the same period keeps the flag (and any decision about it) with the values that raised it.
     */
    private static boolean same(WarningRepository.OpenFlag stored, Observation o, String explanation) {
        if (o.metricId() == null) {
            return stored.explanation().equals(explanation);
        }
        return Objects.equals(stored.period(), o.period())
                && Objects.equals(stored.groupLabel(), o.group() == null ? null : o.group().label());
    }
}
