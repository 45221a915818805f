package uk.bestvalue.warning;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.ComparisonGroup;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.MetricValue;
import uk.bestvalue.explorer.Polarity;
import uk.bestvalue.explorer.ValueStatus;

/**
 * Applies a rule to one metric's data: builds each authority's {@link Observation} and keeps those
 * the rule holds for. Whether a rule holds is decided from the observation alone ({@link #holds}),
 * so a stored flag is checked again, and explained, from what it stored.
 */
final class Evaluator {
    /** Fewer values than this in a group make no quartiles worth a flag. */
    static final int SMALLEST_GROUP = 4;
    /** How many recent periods a flag keeps to draw its chart, at least. */
    static final int SERIES = 5;

    /** One metric's values in its latest periods (ascending), by period and authority. */
    record MetricData(Metric metric, List<String> periods, Map<String, Map<OnsCode, MetricValue>> values) {
        String latest() {
            return periods.isEmpty() ? null : periods.get(periods.size() - 1);
        }

        Double usable(String period, OnsCode code) {
            MetricValue v = values.getOrDefault(period, Map.of()).get(code);
            return v != null && v.usable() ? v.value() : null;
        }

        /** A value held back as not applicable is not a missing return. */
        boolean notApplicable(String period, OnsCode code) {
            MetricValue v = values.getOrDefault(period, Map.of()).get(code);
            return v != null && v.status() == ValueStatus.NOT_APPLICABLE;
        }
    }

    private Evaluator() {
    }

    /** The observations of every authority for which the rule holds in the metric's latest period. */
    static Map<OnsCode, Observation> fire(Rule rule, MetricData data, List<Authority> authorities,
                                          BiFunction<String, Authority, ComparisonGroup> groups) {
        Map<OnsCode, Observation> fired = new LinkedHashMap<>();
        String period = data.latest();
        if (period == null) {
            return fired;
        }
        Metric metric = data.metric();
        int keep = Math.max(SERIES, rule.condition() instanceof Condition.Trend t ? t.periods() + 1 : 2);
        List<String> recent = data.periods().subList(Math.max(0, data.periods().size() - keep), data.periods().size());
        int made = 0;
        for (Authority a : authorities) {
            if (data.usable(period, a.code()) != null) {
                made++;
            }
        }
        // Keyed by the whole group, members included: a type or region is one group for all its councils, while
        // each council's nearest neighbours are a group of their own under the same key and label.
        Map<ComparisonGroup, Observation.Group> groupStats = new HashMap<>();
        for (Authority a : authorities) {
            List<Observation.Point> series = new ArrayList<>();
            for (String p : recent) {
                series.add(new Observation.Point(p, data.usable(p, a.code())));
            }
            Double value = data.usable(period, a.code());
            Observation.Group group = null;
            Integer others = null;
            if (rule.condition() instanceof Condition.Position position) {
                if (value == null) {
                    continue;
                }
                ComparisonGroup found;
                try {
                    found = groups.apply(position.group(), a);
                } catch (RuntimeException e) {
                    continue; // no such group for this authority (e.g. no region in the register)
                }
                // Compared as the explorer's chart compares it: the council among its group, even when the group (its
                // neighbours) does not list it.
                ComparisonGroup members = found.members().contains(a.code()) ? found : withFocus(found, a);
                group = groupStats.computeIfAbsent(members, k -> Quartiles.of(members.key(), members.label(),
                        authorities.stream().filter(x -> members.members().contains(x.code())).map(x -> data.usable(period, x.code()))
                                .filter(v -> v != null).mapToDouble(Double::doubleValue).toArray()));
            } else if (rule.condition() instanceof Condition.Missing) {
                if (value != null || data.notApplicable(period, a.code())) {
                    continue;
                }
                others = made;
            }
            Observation o = new Observation(metric.id(), metric.title(), metric.unit(), metric.polarity().id(), period, value, series, group,
                    others, List.of());
            if (holds(rule, o)) {
                fired.put(a.code(), o);
            }
        }
        return fired;
    }

    /** Whether the rule holds for what was observed. */
    static boolean holds(Rule rule, Observation o) {
        Polarity polarity = o.polarity() == null ? Polarity.NEUTRAL : Polarity.fromId(o.polarity()).orElse(Polarity.NEUTRAL);
        Condition condition = rule.condition();
        if (condition instanceof Condition.Threshold t) {
            return o.value() != null && (t.below() != null ? o.value() < t.below() : o.value() > t.above());
        }
        if (condition instanceof Condition.Position) {
            if (o.value() == null || o.group() == null || o.group().size() < SMALLEST_GROUP) {
                return false;
            }
            return polarity == Polarity.HIGHER_BETTER ? o.value() <= o.group().lowerQuartile()
                    : polarity == Polarity.LOWER_BETTER && o.value() >= o.group().upperQuartile();
        }
        if (condition instanceof Condition.Trend t) {
            return worseSteps(o.series(), polarity, t.periods(), 0);
        }
        if (condition instanceof Condition.Change c) {
            return worseSteps(o.series(), polarity, 1, c.by());
        }
        if (condition instanceof Condition.Missing m) {
            // A return not made: the authority had made it in an earlier period, and others made this one.
            return o.value() == null && o.others() != null && o.others() >= m.others()
                    && o.series().stream().anyMatch(p -> p.value() != null);
        }
        Condition.Combination c = (Condition.Combination) condition;
        return o.parts().size() >= c.atLeast();
    }

    /** The last {@code steps} changes in the series are each worse, by more than {@code margin}. */
    private static boolean worseSteps(List<Observation.Point> series, Polarity polarity, int steps, double margin) {
        if (series.size() < steps + 1 || !polarity.ranks()) {
            return false;
        }
        for (int i = series.size() - steps; i < series.size(); i++) {
            Double before = series.get(i - 1).value();
            Double after = series.get(i).value();
            if (before == null || after == null) {
                return false;
            }
            double worse = polarity == Polarity.HIGHER_BETTER ? before - after : after - before;
            if (!(worse > margin)) {
                return false;
            }
        }
        return true;
    }

    /** The flag in words, from what it stored. */
    static String explain(Rule rule, Observation o) {
        Condition condition = rule.condition();
        if (condition instanceof Condition.Threshold t) {
            return o.metricTitle() + ": " + number(o.value(), o.unit()) + " in " + uk.bestvalue.period.Period.label(o.period()) + ", "
                    + (t.below() != null ? "below " + number(t.below(), o.unit()) : "above " + number(t.above(), o.unit())) + ".";
        }
        if (condition instanceof Condition.Position) {
            return o.metricTitle() + ": " + number(o.value(), o.unit()) + " in " + uk.bestvalue.period.Period.label(o.period())
                    + ", in the worst quarter of " + o.group().label() + " (" + o.group().size() + " with a value; "
                    + ("higher_better".equals(o.polarity()) ? "lower quartile " + number(o.group().lowerQuartile(), o.unit())
                    : "upper quartile " + number(o.group().upperQuartile(), o.unit()))
                    + ", median " + number(o.group().median(), o.unit()) + ").";
        }
        if (condition instanceof Condition.Trend t) {
            return o.metricTitle() + ": worse in each of the last " + t.periods() + " periods: "
                    + String.join(" to ", o.series().subList(o.series().size() - t.periods() - 1, o.series().size()).stream()
                    .map(pt -> number(pt.value(), o.unit()) + " (" + pt.period() + ")").toList()) + ".";
        }
        if (condition instanceof Condition.Change c) {
            Observation.Point before = o.series().get(o.series().size() - 2);
            Observation.Point after = o.series().get(o.series().size() - 1);
            return o.metricTitle() + ": " + number(before.value(), o.unit()) + " in " + uk.bestvalue.period.Period.label(before.period()) + " to "
                    + number(after.value(), o.unit()) + " in " + uk.bestvalue.period.Period.label(after.period()) + ", worse by "
                    + number(Math.abs(after.value() - before.value()), o.unit()) + " (more than " + number(c.by(), o.unit()) + ").";
        }
        if (condition instanceof Condition.Missing) {
            return o.metricTitle() + ": no usable value for " + o.period() + " after values for earlier periods, while " + o.others()
                    + (o.others() == 1 ? " authority" : " authorities") + " made the return.";
        }
        Condition.Combination c = (Condition.Combination) condition;
        return o.parts().size() + " of the " + c.rules().size() + " rules met at once: "
                + String.join("; ", o.parts().stream().map(Observation.Part::title).toList()) + ".";
    }

    static String number(Double n, String unit) {
        if (n == null) {
            return "no value";
        }
        String text = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
        return "%".equals(unit) || "percent".equalsIgnoreCase(unit) ? text + "%" : unit == null || unit.isBlank() ? text : text + " " + unit;
    }

    private static ComparisonGroup withFocus(ComparisonGroup group, Authority focus) {
        Set<OnsCode> members = new java.util.HashSet<>(group.members());
        members.add(focus.code());
        return new ComparisonGroup(group.key(), group.label(), members);
    }
}
