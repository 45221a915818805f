package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * A busy office: the same write sent by several people at the same instant. Exactly one of them
 * takes effect, the others are told 409 with a problem, nobody sees a 5xx, and what is stored
 * afterwards is whole.
 */
class ConcurrentWritesTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentWritesTest.class);
    private static final int PEOPLE = 10;

    @EachEngine
    void the_same_assessment_created_at_once_is_created_once(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            List<ApiClient.Reply> replies = atOnce(i -> api.post("/api/v1/assessments", referenceAssessment()));

            report(engine, "create assessment", replies);
            assertThat(count(replies, 201)).isEqualTo(1);
            assertThat(count(replies, 409)).isEqualTo(PEOPLE - 1);
            assertThat(replies).filteredOn(r -> r.status() == 409).allSatisfy(r -> assertThat(r.contentType()).startsWith(Problem.MEDIA_TYPE));
            assertThat(api.get("/api/v1/authorities/E07000135/assessments").json().get("items")).hasSize(1);
        });
    }

    @EachEngine
    void a_theme_scored_for_the_first_time_by_several_people_at_once_has_one_score(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            List<ApiClient.Reply> replies = atOnce(i -> api.put("/api/v1/assessments/" + id + "/themes/LEAD",
                    Map.of("score", i % 2 == 0 ? "good" : "fair", "narrative", "Narrative from person " + i, "version", 0)));

            report(engine, "first-score theme", replies);
            assertOneWonTheRestConflicted(replies);
            JsonNode leadership = api.get("/api/v1/assessments/" + id).json().get("themes").get(1);
            List<String> saved = replies.stream().filter(r -> r.status() == 200)
                    .map(r -> r.json().get("narrative").asText()).toList();
            assertThat(saved).contains(leadership.get("narrative").asText());
            assertThat(leadership.get("score").asText()).isIn("good", "fair");
        });
    }

    @EachEngine
    void a_criterion_scored_for_the_first_time_by_several_people_at_once_has_one_score(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            Map<String, Object> criteria = new java.util.HashMap<>(referenceAssessment());
            criteria.put("scoring", "criterion");
            long id = create(api, criteria);

            List<ApiClient.Reply> replies = atOnce(i -> api.put("/api/v1/assessments/" + id + "/criteria/LEAD-C1",
                    Map.of("score", "good", "narrative", "Narrative from person " + i, "version", 0)));

            report(engine, "first-score criterion", replies);
            assertOneWonTheRestConflicted(replies);
            JsonNode assessment = api.get("/api/v1/assessments/" + id).json();
            assertThat(assessment.toString()).contains("Narrative from person");
        });
    }

    @EachEngine
    void an_assessment_rolled_forward_by_several_people_at_once_is_rolled_forward_once(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            List<ApiClient.Reply> replies = atOnce(i -> api.post("/api/v1/assessments/" + id + "/roll-forward", ""));

            report(engine, "roll forward", replies);
            assertThat(count(replies, 201)).isEqualTo(1);
            assertThat(count(replies, 409)).isEqualTo(PEOPLE - 1);
            JsonNode items = api.get("/api/v1/authorities/E07000135/assessments").json().get("items");
            assertThat(items).hasSize(2);
            long next = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().get("id").asLong();
            assertThat(api.get("/api/v1/assessments/" + next).json().get("period").asText()).isEqualTo("2024/25");
        });
    }

    @EachEngine
    void overlapping_uploads_at_once_store_every_value_once(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            long before = workbench.explorer().values("household-waste-recycling-rate", "2030/31").size();
            StringBuilder csv = new StringBuilder("authority_code,metric,period,value\n");
            List<String> codes = List.of("E07000135", "E07000129", "E06000016", "E07000130", "E07000131", "E07000132", "E07000133", "E07000134");
            for (String code : codes) {
                csv.append(code).append(",household-waste-recycling-rate,2030/31,").append(code.hashCode() % 50 + 50).append('\n');
            }

            List<ApiClient.Reply> replies = atOnce(i -> api.rawPost("/imports", new okhttp3.MultipartBody.Builder()
                    .setType(okhttp3.MultipartBody.FORM)
                    .addFormDataPart("file", "overlap-" + i + ".csv", okhttp3.RequestBody.create(csv.toString(), okhttp3.MediaType.get("text/csv")))
                    .build()));

            report(engine, "overlapping upload", replies);
            assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 409));
            assertThat(count(replies, 200)).isGreaterThanOrEqualTo(1);
            assertThat(workbench.explorer().values("household-waste-recycling-rate", "2030/31")).hasSize((int) before + codes.size());
        });
    }

    /** Ten people who loaded the same version of one thing save it at once: one save, nine told who saved first. */
    @EachEngine
    void saves_made_at_once_from_one_version_of_each_kind_are_saved_once(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            String assessment = "/api/v1/assessments/" + id;
            api.put(assessment + "/themes/LEAD", Map.of("score", "good", "version", 0));
            long evidence = AssessmentApiTest.evidence(api, id, "Peer challenge report", "LEAD-C1", "supports");
            long action = AssessmentApiTest.action(api, id, "Publish the plan", "Chief Executive", "2025-03-31", "LEAD");
            String group = "/api/v1/groups/" + api.post("/api/v1/groups", Map.of("name", "Pair", "members", List.of("E07000135", "E07000129")))
                    .json().get("id").asLong();
            com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode) api.get(assessment + "/report").json();
            Map<String, IntFunction<ApiClient.Reply>> kinds = new java.util.LinkedHashMap<>();
            kinds.put("theme score", i -> api.put(assessment + "/themes/LEAD", Map.of("score", "fair", "narrative", "Person " + i, "version", 1)));
            kinds.put("assessment details", i -> api.patch(assessment, Map.of("title", "Title from person " + i, "version", 1)));
            kinds.put("evidence item", i -> api.put(assessment + "/evidence/" + evidence, Map.of("title", "Report, person " + i,
                    "links", List.of(Map.of("criterion", "LEAD-C1", "stance", "supports")), "version", 1)));
            kinds.put("action", i -> api.put(assessment + "/actions/" + action, Map.of("description", "Plan, person " + i,
                    "owner", "Chief Executive", "status", "in_progress", "theme", "LEAD", "version", 1)));
            kinds.put("report draft", i -> api.put(assessment + "/report", draft.deepCopy().put("title", "Report, person " + i)));
            kinds.put("saved group", i -> api.put(group, Map.of("name", "Pair " + i, "members", List.of("E07000135", "E07000129"), "version", 1)));
            for (Map.Entry<String, IntFunction<ApiClient.Reply>> kind : kinds.entrySet()) {
                List<ApiClient.Reply> replies = atOnce(kind.getValue());

                report(engine, kind.getKey() + " saved from one version", replies);
                assertThat(replies).as(kind.getKey()).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 409));
                assertThat(count(replies, 200)).as(kind.getKey()).isEqualTo(1);
            }
        });
    }

    /** Every answer is a success or a 409 problem; exactly one succeeded. */
    private static void assertOneWonTheRestConflicted(List<ApiClient.Reply> replies) {
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 409));
        assertThat(count(replies, 200)).isEqualTo(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).allSatisfy(r -> assertThat(r.contentType()).startsWith(Problem.MEDIA_TYPE));
    }

    /** Sends the requests from {@value #PEOPLE} threads released together, and waits for every answer. */
    private static List<ApiClient.Reply> atOnce(IntFunction<ApiClient.Reply> request) throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
        try {
            CountDownLatch ready = new CountDownLatch(PEOPLE);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                int person = i;
                answers.add(people.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(person);
                }));
            }
            ready.await();
            go.countDown();
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (Future<ApiClient.Reply> answer : answers) {
                replies.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(replies).noneSatisfy(r -> assertThat(r.status()).isGreaterThanOrEqualTo(500));
            return replies;
        } finally {
            people.shutdownNow();
        }
    }

    private static long count(List<ApiClient.Reply> replies, int status) {
        return replies.stream().filter(r -> r.status() == status).count();
    }

    /** The test server keeps what is logged while it runs to itself, so the figures are logged after the class. */
    private static final java.util.Queue<String> FIGURES = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @org.junit.jupiter.api.AfterAll
    static void logFigures() {
        FIGURES.forEach(LOG::warn);
    }

    private static void report(Engine engine, String what, List<ApiClient.Reply> replies) {
        FIGURES.add(org.slf4j.helpers.MessageFormatter.arrayFormat("Concurrent {} on {}: {} requests, {} succeeded, {} × 409, {} × 5xx",
                new Object[] {what, engine, replies.size(),
                replies.stream().filter(r -> r.status() < 300).count(), count(replies, 409),
                replies.stream().filter(r -> r.status() >= 500).count()}).getMessage());
    }
}
