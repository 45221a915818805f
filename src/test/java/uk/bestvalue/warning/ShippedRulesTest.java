package uk.bestvalue.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.MetricValue;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** The starter rules on the real data that ships with the product, checked against figures worked out here. */
class ShippedRulesTest {
    private static Workbench workbench;
    private static List<Flag> flags;

    @BeforeAll
    static void start() {
        workbench = Workbench.on(TestDatabases.fresh(Engine.H2));
        workbench.loadShippedData();
        workbench.explorer().loadShipped();
        workbench.neighbours().loadShipped();
        workbench.warnings().loadShipped();
        List<Authority> current = current();
        flags = current.stream().flatMap(a -> workbench.warnings().flags(a.code()).stream()).toList();
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static List<Authority> current() {
        return workbench.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT));
    }

    private static Set<String> flagged(String rule) {
        return flags.stream().filter(f -> f.open() && f.ruleId().equals(rule)).map(f -> f.authority().value()).collect(Collectors.toSet());
    }

    private static List<MetricValue> latest(String metric) {
        Explorer explorer = workbench.explorer();
        List<String> periods = explorer.periods(metric);
        return explorer.values(metric, periods.get(periods.size() - 1));
    }

    @Test
    void the_planning_threshold_flags_exactly_the_councils_below_70_percent_in_the_latest_release() {
        assertThat(flagged("planning-non-major-below-70")).isEqualTo(below(70));
    }

    @Test
    void a_threshold_on_real_data_fires_for_the_councils_below_it_and_for_no_other() {
        workbench.warnings().importRules("probe", PROBE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        workbench.warnings().evaluate();
        Set<String> probe = current().stream().flatMap(a -> workbench.warnings().flags(a.code()).stream())
                .filter(f -> f.open() && f.ruleId().equals("planning-below-85")).map(f -> f.authority().value()).collect(Collectors.toSet());

        assertThat(below(85)).isNotEmpty().hasSizeLessThan(current().size() / 2);
        assertThat(probe).isEqualTo(below(85));
    }

    private static final String PROBE = """
            format: bestvalue-warning-rules/1
            set: {key: probe, version: "1", name: Probe, framework: best-value-standards/2024}
            rules:
              - {id: planning-below-85, title: Below 85, metrics: [planning-non-major-decisions-in-time], condition: {kind: threshold, below: 85},
                 severity: low, theme: SD, criteria: [SD-F1], caveat: A probe for tests.}
            """;

    private static Set<String> below(double threshold) {
        Set<String> current = current().stream().map(a -> a.code().value()).collect(Collectors.toSet());
        return latest("planning-non-major-decisions-in-time").stream().filter(MetricValue::usable).filter(v -> v.value() < threshold)
                .map(v -> v.authority().value()).filter(current::contains).collect(Collectors.toSet());
    }

    @Test
    void the_recycling_position_flags_councils_at_or_below_their_types_lower_quartile_and_no_others() {
        Set<String> flaggedCodes = flagged("recycling-worst-quarter");
        assertThat(flaggedCodes).isNotEmpty();

        for (MetricValue v : latest("household-waste-recycling-rate")) {
            if (!v.usable() || current().stream().noneMatch(a -> a.code().equals(v.authority()))) {
                continue;
            }
            var comparison = workbench.explorer().compare("household-waste-recycling-rate", v.authority().value(), v.period(), "type");
            boolean worstQuarter = v.value() <= comparison.statistics().lowerQuartile();
            assertThat(flaggedCodes.contains(v.authority().value())).as(v.authority().value()).isEqualTo(worstQuarter);
        }
    }

    @Test
    void the_residual_waste_position_flags_councils_at_or_above_their_nearest_neighbours_upper_quartile_and_no_others() {
        Set<String> flaggedCodes = flagged("residual-waste-worst-quarter");
        assertThat(flaggedCodes).isNotEmpty();
        Set<String> current = current().stream().map(a -> a.code().value()).collect(Collectors.toSet());

        int compared = 0;
        for (MetricValue v : latest("residual-household-waste-per-household")) {
            if (!v.usable() || !current.contains(v.authority().value())) {
                continue;
            }
            var comparison = workbench.explorer().compare("residual-household-waste-per-household", v.authority().value(), v.period(), "neighbours");
            boolean enough = comparison.statistics().count() >= Evaluator.SMALLEST_GROUP;
            boolean worstQuarter = enough && v.value() >= comparison.statistics().upperQuartile();
            assertThat(flaggedCodes.contains(v.authority().value())).as(v.authority().value() + " in " + comparison.group().label())
                    .isEqualTo(worstQuarter);
            compared++;
        }
        assertThat(compared).isGreaterThan(250);
    }

    @Test
    void the_reserves_threshold_flags_exactly_the_councils_whose_unallocated_reserves_were_below_5_percent_of_spending() {
        Set<String> current = current().stream().map(a -> a.code().value()).collect(Collectors.toSet());
        Set<String> expected = latest("reserves-unallocated-share-of-net-revenue-expenditure").stream().filter(MetricValue::usable)
                .filter(v -> v.value() < 5).map(v -> v.authority().value()).filter(current::contains).collect(Collectors.toSet());

        assertThat(expected).isNotEmpty().hasSizeLessThan(current.size() / 2);
        assertThat(flagged("reserves-unallocated-below-5")).isEqualTo(expected);
        assertThat(flags).filteredOn(f -> f.ruleId().equals("reserves-unallocated-below-5")).allSatisfy(f -> {
            assertThat(f.theme()).isEqualTo("RES");
            assertThat(f.period()).isEqualTo("2016/17");
        });
    }

    @Test
    void every_flag_on_real_data_is_explained_and_reproduced_from_its_stored_values() {
        assertThat(flags).isNotEmpty();
        for (Flag f : flags) {
            assertThat(workbench.warnings().explain(f)).isEqualTo(f.explanation());
            assertThat(workbench.warnings().reproduces(f)).as(f.ruleId() + " " + f.authority()).isTrue();
        }
    }

    /** Each current council's usable values of a metric in its last {@code count} periods, oldest first (null where none). */
    private static java.util.Map<String, List<Double>> recent(String metric, int count) {
        List<String> periods = workbench.explorer().periods(metric);
        List<String> last = periods.subList(periods.size() - count, periods.size());
        java.util.Map<String, List<Double>> series = new java.util.HashMap<>();
        for (Authority a : current()) {
            series.put(a.code().value(), new java.util.ArrayList<>());
        }
        for (String period : last) {
            java.util.Map<String, Double> values = new java.util.HashMap<>();
            workbench.explorer().values(metric, period).stream().filter(MetricValue::usable).forEach(v -> values.put(v.authority().value(), v.value()));
            series.forEach((code, list) -> list.add(values.get(code)));
        }
        return series;
    }

    @Test
    void the_trend_rule_flags_exactly_the_councils_whose_a_roads_got_worse_three_years_running() {
        Set<String> expected = recent("road-condition-a-roads", 4).entrySet().stream().filter(e -> {
            List<Double> v = e.getValue();
            return v.stream().allMatch(x -> x != null) && v.get(1) > v.get(0) && v.get(2) > v.get(1) && v.get(3) > v.get(2);
        }).map(java.util.Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(flagged("roads-a-worsening")).isEqualTo(expected);
        assertThat(expected.size()).isLessThan(current().size() / 4);
    }

    @Test
    void the_change_rule_flags_exactly_the_councils_whose_recycling_fell_by_more_than_3_points() {
        Set<String> expected = recent("household-waste-recycling-rate", 2).entrySet().stream().filter(e -> {
            List<Double> v = e.getValue();
            return v.get(0) != null && v.get(1) != null && v.get(0) - v.get(1) > 3;
        }).map(java.util.Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(expected).isNotEmpty();
        assertThat(flagged("recycling-falling")).isEqualTo(expected);
    }

    @Test
    void the_missing_rule_flags_exactly_the_councils_without_a_recycling_figure_that_had_one_before() {
        var applies = workbench.explorer().metric("household-waste-recycling-rate");
        var statuses = latest("household-waste-recycling-rate").stream()
                .collect(Collectors.toMap(v -> v.authority().value(), v -> v));
        Set<String> expected = recent("household-waste-recycling-rate", 5).entrySet().stream()
                .filter(e -> applies.appliesTo(current().stream().filter(a -> a.code().value().equals(e.getKey())).findFirst().orElseThrow().type()))
                .filter(e -> e.getValue().get(4) == null && e.getValue().stream().anyMatch(x -> x != null))
                .filter(e -> statuses.get(e.getKey()) == null || statuses.get(e.getKey()).status() != uk.bestvalue.explorer.ValueStatus.NOT_APPLICABLE)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(flagged("recycling-return-missing")).isEqualTo(expected);
    }

    @Test
    void the_combination_flags_exactly_the_councils_meeting_three_of_its_rules_at_once() {
        List<String> parts = List.of("roads-a-worst-quarter", "roads-b-c-worst-quarter", "planning-non-major-below-70", "recycling-worst-quarter",
                "residual-waste-worst-quarter", "asc-quality-of-life-worst-quarter", "asc-short-term-outcome-worst-quarter");
        Set<String> expected = current().stream().map(a -> a.code().value())
                .filter(code -> parts.stream().filter(r -> flagged(r).contains(code)).count() >= 3).collect(Collectors.toSet());

        assertThat(expected).isNotEmpty();
        assertThat(flagged("services-under-strain")).isEqualTo(expected);
    }
}
