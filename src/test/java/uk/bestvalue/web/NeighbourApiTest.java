package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import uk.bestvalue.Workbench;
import uk.bestvalue.neighbours.Neighbours;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** An authority's neighbours through the API and on its page: each with its distance, the set used and why it is near. */
class NeighbourApiTest {

    static void withNeighbours(Engine engine, TestApp.Check check) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine), TestApp.JUNE_2024)) {
            workbench.loadShippedData();
            workbench.explorer().loadShipped(uk.bestvalue.neighbours.NeighboursTestFiles.MODEL_FILES::contains);
            workbench.neighbours().loadShipped(key -> key.equals(Neighbours.ONS_GLOBAL) || key.equals(workbench.neighbours().modelKey()));
            JavalinTest.test(Web.create(workbench), (server, client) -> check.run(new ApiClient(client), workbench));
        }
    }

    @EachEngine
    void an_authoritys_neighbours_come_with_the_set_used_their_distance_and_why(Engine engine) {
        withNeighbours(engine, (api, workbench) -> {
            JsonNode ons = api.get("/api/v1/authorities/E07000135/neighbours").json();
            assertThat(ons.get("set").get("key").asText()).isEqualTo("ons-global");
            assertThat(ons.get("items")).hasSize(20);
            assertThat(ons.get("items").get(0).get("code").asText()).isEqualTo("E08000034");
            assertThat(ons.get("items").get(0).get("distance").isNull()).isTrue();
            assertThat(ons.get("items").get(0).get("closest")).isNotEmpty();

            String model = workbench.neighbours().modelKey();
            JsonNode ours = api.get("/api/v1/authorities/E10000018/neighbours").json();
            assertThat(ours.get("set").get("key").asText()).as("a county's default is our model").isEqualTo(model);
            assertThat(ours.get("items")).hasSize(15);
            assertThat(ours.get("items").get(0).get("distance").asDouble()).isPositive();

            ApiClient.Reply csv = api.get("/api/v1/authorities/E06000001/neighbours.csv?set=ons-global");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.text()).startsWith("authority_code,set,rank,neighbour_code,name,type,distance,outside_the_data,closest_on,furthest_on")
                    .contains("E06000001,ons-global,6,W06000022,,,,yes");

            assertThat(api.get("/api/v1/authorities/E07000135/neighbours?set=nope").status()).isEqualTo(400);
            assertThat(api.get("/api/v1/neighbour-sets").json().get("items")).hasSize(2);
        });
    }

    @EachEngine
    void the_dashboard_and_a_comparison_place_a_council_among_its_neighbours(Engine engine) {
        withNeighbours(engine, (api, workbench) -> {
            JsonNode comparison = api.get("/api/v1/metrics/household-waste-recycling-rate/comparison?authority=E07000135&period=2023/24&group=neighbours")
                    .json();
            assertThat(comparison.toString()).contains("Nearest neighbours: ONS similar councils (global)");

            ApiClient.Reply csv = api.get("/api/v1/metrics/household-waste-recycling-rate/comparison.csv?authority=E07000135&period=2023/24&group=neighbours:"
                    + workbench.neighbours().modelKey());
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.text().lines().count()).as("the council and its 15 neighbours, and the header").isEqualTo(17);
            JsonNode series = api.get("/api/v1/metrics/household-waste-recycling-rate/timeseries?authority=E07000135&group=neighbours").json();
            assertThat(series.get("group").get("key").asText()).isEqualTo("neighbours");
            assertThat(series.get("points")).isNotEmpty();

            JsonNode dashboard = api.get("/api/v1/authorities/E07000135/metrics?group=neighbours").json();
            assertThat(dashboard.get("comparedWith").asText()).startsWith("Nearest neighbours");
            JsonNode recycling = null;
            for (JsonNode row : dashboard.get("items")) {
                if (row.get("metric").asText().equals("household-waste-recycling-rate")) {
                    recycling = row;
                }
            }
            assertThat(recycling.get("groupSize").asInt()).isBetween(15, 21);

            String page = api.get("/authorities/E07000135").text();
            assertThat(page).contains("Nearest neighbours", "id=\"neighbours\"", "Kirklees", "Closest on");
            String county = api.get("/authorities/E10000018").text();
            assertThat(county).contains("Contextual neighbours", "Weighted Euclidean distance", "Gloucestershire", "population-weighted mean of 7 of its 7 districts");
        });
    }
}
