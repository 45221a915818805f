package uk.bestvalue.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Conflict;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Engine;

/** Each kind of rule fires for the districts worked out by hand from the crafted values, and for no other. */
class RuleKindsTest {
    private CraftedData data;
    private Warnings warnings;

    @BeforeEach
    void start() {
        data = new CraftedData(Engine.H2);
        warnings = data.workbench.warnings();
        warnings.importRules("crafted", CraftedData.RULES.getBytes(StandardCharsets.UTF_8));
        data.load();
    }

    @AfterEach
    void close() {
        data.workbench.close();
    }

    private Map<String, List<String>> openByRule() {
        return data.d.stream().flatMap(code -> warnings.flags(OnsCode.parse(code)).stream()).filter(Flag::open)
                .collect(Collectors.groupingBy(Flag::ruleId, Collectors.mapping(f -> "D" + (data.d.indexOf(f.authority().value()) + 1),
                        Collectors.toList())));
    }

    @Test
    void an_import_evaluates_the_rules_that_read_its_metrics() {
        Map<String, List<String>> open = openByRule();

        assertThat(open.get("score-below-40")).containsExactly("D1");
        assertThat(open.get("score-worst-quarter")).containsExactlyInAnyOrder("D1", "D4");
        assertThat(open.get("score-falling")).containsExactly("D2");
        assertThat(open.get("score-drop")).containsExactly("D1");
        assertThat(open.get("score-missing")).containsExactly("D8");
        assertThat(open.get("two-at-once")).containsExactly("D1");
    }

    @Test
    void position_respects_polarity_lower_is_better_flags_the_highest() {
        assertThat(openByRule().get("cost-worst-quarter")).containsExactlyInAnyOrder("D6", "D7");
    }

    @Test
    void a_flag_keeps_the_values_group_and_period_that_raised_it_and_is_explained_from_them() {
        Flag flag = warnings.flags(OnsCode.parse(data.d.get(0))).stream().filter(f -> f.ruleId().equals("score-worst-quarter")).findFirst()
                .orElseThrow();

        assertThat(flag.period()).isEqualTo("2023/24");
        assertThat(flag.observed().value()).isEqualTo(30.0);
        assertThat(flag.observed().group().size()).isEqualTo(7);
        assertThat(flag.observed().group().lowerQuartile()).isEqualTo(66.0);
        assertThat(flag.observed().group().median()).isEqualTo(72.0);
        assertThat(flag.groupLabel()).isEqualTo("All shire districts");
        assertThat(warnings.explain(flag)).isEqualTo(flag.explanation())
                .isEqualTo("Crafted crafted-score (test data, not real): 30% in 2023/24, in the worst quarter of All shire districts "
                        + "(7 with a value; lower quartile 66%, median 72%).");
        assertThat(warnings.reproduces(flag)).isTrue();
    }

    @Test
    void a_combination_names_the_rules_met_with_what_each_saw() {
        Flag flag = warnings.flags(OnsCode.parse(data.d.get(0))).stream().filter(f -> f.ruleId().equals("two-at-once")).findFirst().orElseThrow();

        assertThat(flag.observed().parts()).extracting(Observation.Part::rule)
                .containsExactly("score-below-40", "score-worst-quarter");
        assertThat(flag.criteria()).containsExactly("SD-F1", "SD-F2");
        assertThat(warnings.reproduces(flag)).isTrue();
    }

    @Test
    void a_flag_closes_when_new_data_no_longer_meets_the_rule_and_is_kept() {
        data.importCsv("better.csv", "authority_code,metric,period,value\n" + data.d.get(0) + ",crafted-score,2023/24,95\n");

        List<Flag> d1 = warnings.flags(OnsCode.parse(data.d.get(0)));
        Flag threshold = d1.stream().filter(f -> f.ruleId().equals("score-below-40")).findFirst().orElseThrow();
        assertThat(threshold.open()).isFalse();
        assertThat(threshold.closedReason()).isEqualTo("the data no longer meets the rule");
        assertThat(d1.stream().filter(f -> f.ruleId().equals("two-at-once")).findFirst().orElseThrow().open()).isFalse();
        assertThat(threshold.observed().value()).isEqualTo(30.0);
    }

    @Test
    void evaluating_again_on_the_same_data_changes_nothing() {
        Evaluation again = warnings.evaluate();

        assertThat(again.opened()).isZero();
        assertThat(again.closed()).isZero();
    }

    @Test
    void the_watchlist_narrows_to_a_network_and_groups_councils_by_their_most_severe_flag() {
        var network = data.workbench.explorer().saveGroup("Test network", null, List.of(data.d.get(0), data.d.get(1), data.d.get(2)));

        Watchlist list = warnings.watchlist(new Watchlist.Filter(null, "shire_district", null, null, "custom:" + network.id()));

        assertThat(list.entries()).extracting(e -> e.authority().code().value()).containsExactly(data.d.get(0), data.d.get(1));
        assertThat(list.entries()).extracting(Watchlist.Entry::worst).containsExactly(Severity.HIGH, Severity.LOW);
        assertThat(list.entries().get(0).flags()).allMatch(list::isNew);
        assertThatThrownBy(() -> warnings.watchlist(new Watchlist.Filter("E99", "moon", null, null, "custom:999")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("region", "type", "group"));
    }

    @Test
    void a_watchlist_filter_on_a_theme_or_rule_no_rule_speaks_to_is_refused_not_answered_with_nothing() {
        assertThat(warnings.watchlist(new Watchlist.Filter(null, null, "sd", "score-worst-quarter")).entries()).isNotEmpty();

        assertThatThrownBy(() -> warnings.watchlist(new Watchlist.Filter(null, null, "XX", "no-such-rule")))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("theme", "rule");
                    assertThat(e.errors().get(0).message()).contains("use one of", "SD");
                });
    }

    @Nested
    class Files {
        @Test
        void every_problem_in_a_rule_file_is_named_by_its_place() {
            String bad = """
                    format: bestvalue-warning-rules/1
                    set: {key: bad, version: "1", name: Bad, framework: best-value-standards/2024}
                    rules:
                      - {id: a, title: A, metrics: [no-such-metric], condition: {kind: threshold, below: 1}, severity: high, theme: SD, criteria: [SD-F1], caveat: x}
                      - {id: b, title: B, metrics: [crafted-score], condition: {kind: position, group: planet}, severity: huge, theme: XX, criteria: [SD-F1], caveat: x}
                      - {id: c, title: C, metrics: [crafted-score], condition: {kind: trend, periods: 2}, severity: low, theme: SD, criteria: [SD-C1], caveat: x}
                    """;

            assertThatThrownBy(() -> warnings.importRules("bad", bad.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .contains("rules[1].metrics[1]", "rules[2].condition.group", "rules[2].severity", "rules[2].theme", "rules[3].criteria[1]"));
        }

        @Test
        void a_version_that_raised_flags_never_changes() {
            String changed = CraftedData.RULES.replace("below: 40", "below: 45");

            assertThatThrownBy(() -> warnings.importRules("crafted", changed.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Conflict.class);
            assertThat(warnings.importRules("crafted", CraftedData.RULES.getBytes(StandardCharsets.UTF_8)).outcome())
                    .isEqualTo(RuleSetImport.Outcome.UNCHANGED);
            assertThat(data.workbench.audit().forEntity("warning_rule_set", "crafted/1")).extracting(e -> e.action()).containsExactly("create");
        }

        @Test
        void a_new_version_replaces_the_old_and_its_flags_close() {
            String next = CraftedData.RULES.replace("version: \"1\"", "version: \"2\"").replace("below: 40", "below: 20");

            warnings.importRules("crafted", next.getBytes(StandardCharsets.UTF_8));
            warnings.evaluate();

            List<Flag> d1 = warnings.flags(OnsCode.parse(data.d.get(0)));
            assertThat(d1).filteredOn(f -> f.ruleId().equals("score-below-40") && f.open()).isEmpty();
            assertThat(d1).filteredOn(f -> !f.open()).extracting(Flag::closedReason).contains("its rule set was replaced by crafted/2");
        }
    }
}
