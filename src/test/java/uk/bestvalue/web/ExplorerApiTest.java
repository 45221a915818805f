package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class ExplorerApiTest {

    static void withExplorer(Engine engine, TestApp.Check check) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine), TestApp.JUNE_2024)) {
            workbench.loadShippedData();
            workbench.explorer().loadShipped(uk.bestvalue.explorer.Explorer.SHIPPED_FILES::contains);
            JavalinTest.test(Web.create(workbench), (server, client) -> check.run(new ApiClient(client, Users.adminToken(workbench)), workbench));
        }
    }

    @EachEngine
    void lists_the_metrics_with_their_provenance(Engine engine) {
        withExplorer(engine, (api, workbench) -> {
            JsonNode metrics = api.get("/api/v1/metrics").json().get("items");

            assertThat(metrics).hasSize(29);
            JsonNode recycling = api.get("/api/v1/metrics/household-waste-recycling-rate").json();
            assertThat(recycling.get("licence").asText()).isEqualTo("Open Government Licence v3.0");
            assertThat(recycling.get("periods").get(0).asText()).isEqualTo("2015/16");
            assertThat(api.get("/api/v1/metrics.csv").text()).startsWith("id,title,unit,polarity");
        });
    }

    @EachEngine
    void compares_an_authority_with_its_region_as_json_and_as_the_same_csv(Engine engine) {
        withExplorer(engine, (api, workbench) -> {
            String query = "?authority=E07000135&period=2023/24&group=region";

            JsonNode json = api.get("/api/v1/metrics/household-waste-recycling-rate/comparison" + query).json();
            ApiClient.Reply csv = api.get("/api/v1/metrics/household-waste-recycling-rate/comparison.csv" + query);

            assertThat(json.get("group").get("label").asText()).isEqualTo("East Midlands");
            assertThat(json.get("selected").get("code").asText()).isEqualTo("E07000135");
            assertThat(json.get("statistics").get("median").asDouble()).isPositive();
            List<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(csv.text()).stream().toList();
            assertThat(rows).hasSize(json.get("entries").size());
            assertThat(rows).filteredOn(r -> r.getField("is_selected").equals("yes")).singleElement()
                    .satisfies(r -> assertThat(r.getField("rank")).isEqualTo(json.get("selected").get("rank").asText()));
            assertThat(csv.contentType()).startsWith("text/csv");
        });
    }

    @EachEngine
    void answers_csv_when_asked_by_the_accept_header(Engine engine) {
        withExplorer(engine, (api, workbench) -> {
            ApiClient.Reply json = api.get("/api/v1/authorities/E10000018/metrics");
            ApiClient.Reply csv = api.get("/api/v1/authorities/E10000018/metrics", "text/csv");

            assertThat(json.contentType()).startsWith("application/json");
            assertThat(json.text()).contains("asc-short-term-service-outcome");
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.text()).startsWith("metric,title,period,value").contains("asc-short-term-service-outcome");
            assertThat(api.get("/api/v1/authorities/E10000018/metrics.csv").text()).isEqualTo(csv.text());
        });
    }

    @EachEngine
    void a_successors_time_series_names_its_predecessors_in_json_and_csv(Engine engine) {
        withExplorer(engine, (api, workbench) -> {
            JsonNode series = api.get("/api/v1/metrics/household-waste-recycling-rate/timeseries?authority=E06000063").json();
            String csv = api.get("/api/v1/metrics/household-waste-recycling-rate/timeseries.csv?authority=E06000063").text();

            assertThat(series.get("predecessors").findValuesAsText("code")).contains("E07000026", "E07000028", "E07000029", "E10000006");
            assertThat(series.get("predecessorsCombined")).isEmpty();
            assertThat(csv).startsWith("period,value,status,group_median,group_lower_quartile,group_upper_quartile,group_count,"
                    + "predecessors_values,predecessors_total");
        });
    }

    @EachEngine
    void a_metric_is_created_and_edited_through_the_api(Engine engine) {
        withExplorer(engine, (api, workbench) -> {
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(java.util.Map.of("id", "street-lights-repaired-in-time",
                    "title", "Street light faults repaired within five working days", "area", "Roads", "unit", "percent", "polarity", "lower_better",
                    "applies_to", List.of("shire_county", "unitary"), "period_type", "financial_year", "licence", "Open Government Licence v3.0"));

            ApiClient.Reply created = api.post("/api/v1/metrics", body);
            ApiClient.Reply again = api.post("/api/v1/metrics", body);
            body.put("notes", "FYE 2025 is 2024/25.");
            ApiClient.Reply edited = api.put("/api/v1/metrics/street-lights-repaired-in-time", body);
            ApiClient.Reply bad = api.post("/api/v1/metrics", java.util.Map.of("id", "x y", "polarity", "up"));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("polarity").asText()).isEqualTo("lower_better");
            assertThat(again.status()).isEqualTo(409);
            assertThat(edited.status()).isEqualTo(200);
            assertThat(edited.json().get("notes").asText()).isEqualTo("FYE 2025 is 2024/25.");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text()).contains("polarity", "applies_to", "period_type");
        });
    }

    @EachEngine
    void bad_parameters_are_problems(Engine engine) {
        withExplorer(engine, (api, workbench) -> {
            assertThat(api.get("/api/v1/metrics/no-such-metric").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/metrics/household-waste-recycling-rate/comparison?authority=E07000135&group=galaxy").status())
                    .isEqualTo(400);
            assertThat(api.get("/api/v1/metrics/household-waste-recycling-rate/comparison?authority=nowhere").status()).isEqualTo(400);
            assertThat(api.get("/api/v1/metrics/household-waste-recycling-rate/comparison?authority=E07000135&period=2023").status())
                    .isEqualTo(400);
        });
    }
}
