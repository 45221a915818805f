package uk.bestvalue.warning;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.explorer.ImportRequest;
import uk.bestvalue.explorer.ImportResult;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.Polarity;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/**
 * Made-up values for eight real shire districts, chosen so that each kind of rule fires for exactly
 * the districts worked out by hand in the tests, and a rule file that reads them.
 */
final class CraftedData {
    static final String SCORE = "crafted-score";
    static final String COST = "crafted-cost";
    final Workbench workbench;
    /** Eight current shire districts, D1 to D8 in the tests. */
    final List<String> d;

    CraftedData(Engine engine) {
        workbench = Workbench.on(TestDatabases.fresh(engine));
        workbench.loadShippedData();
        workbench.explorer().addMetric(metric(SCORE, Polarity.HIGHER_BETTER));
        workbench.explorer().addMetric(metric(COST, Polarity.LOWER_BETTER));
        d = workbench.authorities().find(new AuthorityQuery(null, AuthorityType.SHIRE_DISTRICT, null, AuthorityStatus.CURRENT)).stream()
                .map(a -> a.code().value()).sorted().limit(8).toList();
    }

    private static Metric metric(String id, Polarity polarity) {
        return new Metric(id, "Crafted " + id + " (test data, not real)", "Made up for tests", "percent", polarity, "Test", "tests", "tests",
                "none", Set.of(AuthorityType.SHIRE_DISTRICT), "financial_year", false);
    }

    /**
     * crafted-score, higher is better, 2021/22, 2022/23, 2023/24:
     * D1 90 90 30 · D2 80 75 70 · D3 70 70 72 · D4 60 61 62 · D5 50 55 75 · D6 40 45 80 · D7 85 85 85 · D8 65 66 (none).
     * crafted-cost, lower is better, 2023/24 only: D1..D7 30 62 70 72 75 80 85.
     */
    ImportResult load() {
        double[][] score = {{90, 90, 30}, {80, 75, 70}, {70, 70, 72}, {60, 61, 62}, {50, 55, 75}, {40, 45, 80}, {85, 85, 85}, {65, 66, -1}};
        String[] periods = {"2021/22", "2022/23", "2023/24"};
        StringBuilder csv = new StringBuilder("authority_code,metric,period,value\n");
        for (int i = 0; i < 8; i++) {
            for (int p = 0; p < 3; p++) {
                if (score[i][p] >= 0) {
                    csv.append(d.get(i)).append(',').append(SCORE).append(',').append(periods[p]).append(',').append(score[i][p]).append('\n');
                }
            }
            if (i < 7) {
                csv.append(d.get(i)).append(',').append(COST).append(",2023/24,").append(score[i][2]).append('\n');
            }
        }
        return importCsv("crafted.csv", csv.toString());
    }

    ImportResult importCsv(String name, String csv) {
        return workbench.explorer().importValues(new ImportRequest(name, csv.getBytes(StandardCharsets.UTF_8), null, false, "tests", "none",
                "tests", null));
    }

    static final String RULES = """
            format: bestvalue-warning-rules/1
            set: {key: crafted, version: "1", name: Crafted rules, framework: best-value-standards/2024}
            rules:
              - {id: score-below-40, title: Score below 40, metrics: [crafted-score], condition: {kind: threshold, below: 40},
                 severity: high, theme: SD, criteria: [SD-F1], caveat: Made up.}
              - {id: score-worst-quarter, title: Score in the worst quarter, metrics: [crafted-score], condition: {kind: position, group: type},
                 severity: medium, theme: SD, criteria: [SD-F1], caveat: Made up.}
              - {id: score-falling, title: Score worse two years running, metrics: [crafted-score], condition: {kind: trend, periods: 2},
                 severity: low, theme: SD, criteria: [SD-F1], caveat: Made up.}
              - {id: score-drop, title: Score down by more than 5, metrics: [crafted-score], condition: {kind: change, by: 5},
                 severity: low, theme: SD, criteria: [SD-F1], caveat: Made up.}
              - {id: score-missing, title: No score this year, metrics: [crafted-score], condition: {kind: missing, others: 3},
                 severity: low, theme: SD, criteria: [SD-F1], caveat: Made up.}
              - {id: cost-worst-quarter, title: Cost in the worst quarter, metrics: [crafted-cost], condition: {kind: position, group: type},
                 severity: medium, theme: RES, criteria: [RES-F1], caveat: Made up.}
              - {id: two-at-once, title: Two score signals at once, condition: {kind: combination, rules: [score-below-40, score-worst-quarter, score-falling], at_least: 2},
                 severity: high, theme: SD, criteria: [SD-F1, SD-F2], caveat: Made up.}
            """;
}
