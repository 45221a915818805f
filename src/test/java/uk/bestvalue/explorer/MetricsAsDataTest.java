package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A user adds metrics from a definition file, and editing one keeps its values. */
class MetricsAsDataTest {
    static final String WALKING = """
            id: adults-walking-weekly
            title: Adults walking for any purpose at least once a week
            description: Share of adults who walk for any purpose at least once a week.
            area: Environment
            unit: percent
            polarity: higher_better
            applies_to: [shire_district, unitary, metropolitan_district, london_borough]
            period_type: calendar_year
            publisher: Department for Transport
            source: Active Lives Survey, table CW0301
            licence: Open Government Licence v3.0
            url: https://www.gov.uk/government/statistical-data-sets/walking-and-cycling-statistics-cw
            notes: A survey estimate with a confidence interval; small districts have wide intervals.
            decimals: 1
            """;

    private static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @EachEngine
    void a_metric_file_adds_a_metric_that_takes_values_of_its_kind_of_period(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();

            assertThat(explorer.defineMetrics(Actor.installation(), yaml(WALKING)))
                    .containsExactly(new Explorer.MetricSaved("adults-walking-weekly", "added"));
            ImportResult result = explorer.importValues(new ImportRequest("walking.csv", yaml("authority_code,period,value\nE07000135,2023,71.2\n"),
                    "adults-walking-weekly", false, null, null, "test", null));

            assertThat(result.added()).isEqualTo(1);
            Metric walking = explorer.metric("adults-walking-weekly");
            assertThat(walking.periodType()).isEqualTo("calendar_year");
            assertThat(walking.notes()).contains("confidence interval");
            assertThat(explorer.compare("adults-walking-weekly", "E07000135", "2023", "england").focus()).get()
                    .satisfies(e -> assertThat(e.value()).isEqualTo(71.2));
            assertThat(explorer.defineMetrics(Actor.installation(), yaml(WALKING)))
                    .containsExactly(new Explorer.MetricSaved("adults-walking-weekly", "unchanged"));
        }
    }

    @EachEngine
    void editing_a_metric_keeps_its_values_but_never_its_kind_of_period(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            List<MetricValue> before = explorer.values("household-waste-recycling-rate", "2023/24");
            Metric recycling = explorer.metric("household-waste-recycling-rate");
            MetricDefinition edited = new MetricDefinition(null, recycling.title(), "A clearer description.", recycling.area(), recycling.unit(),
                    "higher_better", List.of("shire_district", "unitary", "metropolitan_district", "london_borough"), "financial_year",
                    recycling.publisher(), recycling.source(), recycling.licence(), null, "Counties are not in the file.", 1);

            explorer.updateMetric(Actor.installation(), "household-waste-recycling-rate", edited);

            assertThat(explorer.metric("household-waste-recycling-rate").description()).isEqualTo("A clearer description.");
            assertThat(explorer.values("household-waste-recycling-rate", "2023/24")).isEqualTo(before);
            MetricDefinition otherKind = new MetricDefinition(null, recycling.title(), null, recycling.area(), recycling.unit(), "higher_better",
                    List.of("unitary"), "calendar_year", null, null, null, null, null, null);
            assertThatThrownBy(() -> explorer.updateMetric(Actor.installation(), "household-waste-recycling-rate", otherKind))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("period_type"));
        }
    }

    @EachEngine
    void a_bad_definition_names_every_bad_field_and_an_existing_id_is_a_conflict(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            String bad = """
                    format: bestvalue-metrics/1
                    metrics:
                      - id: Bad Id
                        title: ""
                        area: Roads
                        unit: percent
                        polarity: better
                        applies_to: [parish]
                        period_type: fortnight
                        url: not a link
                        decimals: 20
                    """;

            assertThatThrownBy(() -> explorer.defineMetrics(Actor.installation(), yaml(bad)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("id", "title", "polarity", "applies_to[1]", "period_type", "url", "decimals"));
            assertThatThrownBy(() -> explorer.defineMetrics(Actor.installation(), yaml("id: [unclosed\n")))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).message()).contains("line"));
            MetricDefinition existing = new MetricDefinition("household-waste-recycling-rate", "Again", null, "Waste", "percent", "higher_better",
                    List.of("unitary"), "financial_year", null, null, null, null, null, null);
            assertThatThrownBy(() -> explorer.createMetric(Actor.installation(), existing)).isInstanceOf(Conflict.class);
        }
    }
}
