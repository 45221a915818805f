package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class AuthorityApiTest {
    private static final ObjectMapper JSON = Json.mapper();

    @EachEngine
    void searching_for_oadby_returns_oadby_and_wigston(Engine engine) {
        withApp(engine, client -> {
            JsonNode body = json(client.get("/api/v1/authorities?q=oadby"));

            assertThat(body.get("count").asInt()).isEqualTo(1);
            JsonNode oadby = body.get("items").get(0);
            assertThat(oadby.get("code").asText()).isEqualTo("E07000135");
            assertThat(oadby.get("name").asText()).isEqualTo("Oadby and Wigston");
            assertThat(oadby.get("type").asText()).isEqualTo("shire_district");
            assertThat(oadby.get("regionCode").asText()).isEqualTo("E12000004");
            assertThat(oadby.get("regionName").asText()).isEqualTo("East Midlands");
            assertThat(oadby.get("population").asInt()).isEqualTo(57_313);
            assertThat(body.get("attribution").asText()).contains("mySociety", "CC BY 4.0");
        });
    }

    @EachEngine
    void lists_the_current_authorities_by_default(Engine engine) {
        withApp(engine, client -> {
            assertThat(json(client.get("/api/v1/authorities")).get("count").asInt()).isEqualTo(332);
            assertThat(json(client.get("/api/v1/authorities?status=all")).get("count").asInt()).isEqualTo(380);
        });
    }

    @EachEngine
    void filters_by_type_and_by_region_code_or_name(Engine engine) {
        withApp(engine, client -> {
            assertThat(json(client.get("/api/v1/authorities?type=london_borough")).get("count").asInt()).isEqualTo(33);
            assertThat(json(client.get("/api/v1/authorities?type=shire_county&region=E12000004")).get("count").asInt()).isEqualTo(4);
            assertThat(json(client.get("/api/v1/authorities?type=shire_county&region=East%20Midlands")).get("count").asInt()).isEqualTo(4);
        });
    }

    @EachEngine
    void answers_bad_filters_with_a_problem_that_names_every_bad_field(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/api/v1/authorities?type=parish&region=Narnia&status=future");

            assertThat(response.code()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("type", "region", "status");
        });
    }

    @EachEngine
    void gives_one_authority_with_its_predecessors(Engine engine) {
        withApp(engine, client -> {
            JsonNode body = json(client.get("/api/v1/authorities/E06000063"));

            assertThat(body.get("authority").get("name").asText()).isEqualTo("Cumberland");
            assertThat(body.get("predecessors").findValuesAsText("name"))
                    .containsExactlyInAnyOrder("Allerdale", "Carlisle", "Copeland", "Cumbria");
        });
    }

    @EachEngine
    void answers_an_unknown_code_with_a_404_problem(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/api/v1/authorities/E99999999");

            assertThat(response.code()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("title").asText()).isEqualTo("Authority not found");
            assertThat(problem.get("detail").asText()).contains("E99999999");
            assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/authorities/E99999999");
        });
    }

    @EachEngine
    void answers_a_malformed_code_with_a_404_problem(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/api/v1/authorities/not-a-code");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("detail").asText()).contains("not an ONS GSS code");
        });
    }

    @EachEngine
    void answers_an_unknown_api_path_with_a_problem(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/api/v1/nothing-here");

            assertThat(response.code()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        });
    }

    @EachEngine
    void health_reports_the_engine_after_asking_the_database(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/health");

            assertThat(response.code()).isEqualTo(200);
            JsonNode health = json(response);
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("database").get("engine").asText()).isEqualTo(engine.name());
            assertThat(health.get("database").get("authorities").asInt()).isEqualTo(380);
        });
    }

    @EachEngine
    void health_says_unavailable_when_the_database_is_gone(Engine engine) {
        Workbench workbench = Workbench.on(TestDatabases.fresh(engine));
        JavalinTest.test(Web.create(workbench), (server, client) -> {
            workbench.close();

            Response response = client.get("/health");

            assertThat(response.code()).isEqualTo(503);
            assertThat(json(response).get("status").asText()).isEqualTo("unavailable");
        });
    }

    static void withApp(Engine engine, ClientCheck check) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine))) {
            workbench.loadShippedData();
            JavalinTest.test(Web.create(workbench), (server, client) -> check.run(client));
        }
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    interface ClientCheck {
        void run(io.javalin.testtools.HttpClient client) throws Exception;
    }
}
