package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.bestvalue.store.Engine;

/** The OpenAPI document describes the real answers: each documented response is checked against its schema. */
class OpenApiTest {

    @Test
    void real_responses_match_the_documented_schemas() {
        ExplorerApiTest.withExplorer(Engine.H2, (api, workbench) -> {
            JsonNode document = api.get("/api/openapi.json").json();
            assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
            long assessment = AssessmentApiTest.create(api, AssessmentApiTest.referenceAssessment());

            check(api, document, "/health", "/health", "200");
            check(api, document, "/api/v1/authorities", "/api/v1/authorities?q=oadby", "200");
            check(api, document, "/api/v1/authorities", "/api/v1/authorities?type=moon", "400");
            check(api, document, "/api/v1/authorities/{code}", "/api/v1/authorities/E06000063", "200");
            check(api, document, "/api/v1/authorities/{code}", "/api/v1/authorities/E10000018", "200");
            check(api, document, "/api/v1/authorities/{code}", "/api/v1/authorities/E99999999", "404");
            check(api, document, "/api/v1/frameworks", "/api/v1/frameworks", "200");
            check(api, document, "/api/v1/scales", "/api/v1/scales", "200");
            check(api, document, "/api/v1/assessments/{id}", "/api/v1/assessments/" + assessment, "200");
            check(api, document, "/api/v1/assessments", "/api/v1/assessments?authority=E07000135", "200");
            check(api, document, "/api/v1/assessments", "/api/v1/assessments?period=2023", "400");
            check(api, document, "/api/v1/metrics", "/api/v1/metrics", "200");
            check(api, document, "/api/v1/metrics/{id}", "/api/v1/metrics/asc-carer-quality-of-life", "200");
            check(api, document, "/api/v1/metrics/{id}/values", "/api/v1/metrics/household-waste-recycling-rate/values?period=2023/24", "200");
            check(api, document, "/api/v1/metrics/{id}/comparison",
                    "/api/v1/metrics/household-waste-recycling-rate/comparison?authority=E07000135&group=type", "200");
            check(api, document, "/api/v1/metrics/{id}/comparison",
                    "/api/v1/metrics/asc-workforce-turnover-rate/comparison?authority=E07000135", "200");
            check(api, document, "/api/v1/metrics/{id}/comparison", "/api/v1/metrics/household-waste-recycling-rate/comparison?group=region", "400");
            check(api, document, "/api/v1/metrics/{id}/timeseries",
                    "/api/v1/metrics/asc-short-term-service-outcome/timeseries?authority=E10000018&group=region", "200");
            check(api, document, "/api/v1/authorities/{code}/metrics", "/api/v1/authorities/E10000018/metrics", "200");
            check(api, document, "/api/v1/authorities/{code}/metrics", "/api/v1/authorities/E07000135/metrics", "200");
            workbench.warnings().loadShipped();
            check(api, document, "/api/v1/authorities/{code}/flags", "/api/v1/authorities/E10000018/flags", "200");
            check(api, document, "/api/v1/authorities/{code}/flags", "/api/v1/authorities/E99999999/flags", "404");
            check(api, document, "/api/v1/watchlist", "/api/v1/watchlist?type=shire_county", "200");
            check(api, document, "/api/v1/watchlist", "/api/v1/watchlist?region=E99", "400");
            workbench.neighbours().loadShipped(uk.bestvalue.neighbours.Neighbours.ONS_GLOBAL::equals);
            check(api, document, "/api/v1/neighbour-sets", "/api/v1/neighbour-sets", "200");
            check(api, document, "/api/v1/authorities/{code}/neighbours", "/api/v1/authorities/E07000135/neighbours", "200");
            check(api, document, "/api/v1/authorities/{code}/neighbours", "/api/v1/authorities/E07000135/neighbours?set=nope", "400");
            check(api, document, "/api/v1/authorities/{code}/metrics", "/api/v1/authorities/E07000135/metrics?group=neighbours", "200");
            long network = workbench.networks().create(uk.bestvalue.Actor.installation(), "E07000135", "Schema network", null, java.util.List.of()).id();
            workbench.networks().share(uk.bestvalue.Actor.installation(), network, "E07000135", "Shared", "41 %", "31/12/2099");
            check(api, document, "/api/v1/networks", "/api/v1/networks", "200");
            check(api, document, "/api/v1/networks/{networkId}", "/api/v1/networks/" + network, "200");
        });
    }

    @Test
    void a_schema_check_fails_when_the_answer_differs() {
        JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("type", "object").set("required", new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add("code"));

        Set<ValidationMessage> errors = validator(schema).validate(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());

        assertThat(errors).isNotEmpty();
    }

    private static void check(ApiClient api, JsonNode document, String path, String url, String status) {
        ApiClient.Reply reply = api.get(url);
        assertThat(String.valueOf(reply.status())).as(url).isEqualTo(status);
        JsonNode response = document.at("/paths/" + path.replace("/", "~1") + "/get/responses/" + status);
        assertThat(response.isMissingNode()).as(path + " " + status + " is documented").isFalse();
        JsonNode content = response.get("content");
        JsonNode schema = content.has("application/json") ? content.get("application/json").get("schema")
                : content.get("application/problem+json").get("schema");
        ObjectNode root = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        root.set("$defs", document.at("/components/schemas"));
        root.setAll((ObjectNode) schema.deepCopy());
        JsonNode rewritten = Json.mapper().valueToTree(root);
        String text = rewritten.toString().replace("#/components/schemas/", "#/$defs/");
        JsonNode finalSchema;
        try {
            finalSchema = Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Set<ValidationMessage> errors = validator(finalSchema).validate(reply.json());
        assertThat(errors).as(url + " against " + path + " " + status + ": " + reply.text().substring(0, Math.min(300, reply.text().length())))
                .isEmpty();
    }

    private static JsonSchema validator(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }
}
