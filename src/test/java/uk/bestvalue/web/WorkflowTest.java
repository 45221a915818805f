package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;
import static uk.bestvalue.web.AssessmentApiTest.score;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * The sign-off workflow: an assessment goes from draft to published only through the right people,
 * each wrong move is refused (403 for the wrong role, 409 for a move not open from where it is,
 * 400 for a move back without a reason), and from approval on nothing in it can be changed.
 */
class WorkflowTest {
    private static final String OADBY = "E07000135";

    /** One API client per role at Oadby and Wigston, besides the installation admin's. */
    private static Map<Role, ApiClient> people(ApiClient api, Workbench workbench) {
        Map<Role, ApiClient> people = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String email = role.code() + "@workflow.invalid";
            Users.withRole(workbench, email, role, OADBY);
            people.put(role, api.as(Users.token(workbench, email, role, OADBY)));
        }
        return people;
    }

    private static ApiClient.Reply move(ApiClient who, long id, String to, String... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return who.post("/api/v1/assessments/" + id + "/transitions", body);
    }

    private static ApiClient.Reply comment(ApiClient who, long id, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("comment", "The report is satisfactory.", "date", "2024-05-20"));
        if (role != null) {
            body.put("role", role);
        }
        return who.post("/api/v1/assessments/" + id + "/statutory-comments", body);
    }

    private static void assertStatus(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    }

    /** Takes an assessment to approved the shortest right way; returns the people who did it. */
    static Map<Role, ApiClient> approve(ApiClient api, Workbench workbench, long id) {
        Map<Role, ApiClient> people = people(api, workbench);
        assertStatus(move(people.get(Role.EDITOR), id, "in_review"), 200);
        assertStatus(move(people.get(Role.REVIEWER), id, "statutory_officers"), 200);
        for (Role officer : List.of(Role.HEAD_OF_PAID_SERVICE, Role.CHIEF_FINANCE_OFFICER, Role.MONITORING_OFFICER)) {
            assertStatus(comment(people.get(officer), id, null), 200);
        }
        assertStatus(move(people.get(Role.AUTHORITY_ADMIN), id, "approved"), 200);
        return people;
    }

    @EachEngine
    void an_assessment_walks_through_every_state_with_the_right_people_and_each_wrong_move_is_refused(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            Map<Role, ApiClient> p = people(api, workbench);
            ApiClient editor = p.get(Role.EDITOR);
            ApiClient reviewer = p.get(Role.REVIEWER);
            ApiClient admin = p.get(Role.AUTHORITY_ADMIN);

            // Draft: only an editor (or authority admin) submits; nothing skips a state.
            assertStatus(move(p.get(Role.VIEWER), id, "in_review"), 403);
            assertStatus(move(reviewer, id, "in_review"), 403);
            assertStatus(move(p.get(Role.HEAD_OF_PAID_SERVICE), id, "in_review"), 403);
            assertStatus(move(admin, id, "approved"), 409);
            assertStatus(move(editor, id, "published"), 409);
            assertStatus(move(editor, id, "signed-off"), 400);
            assertStatus(move(editor, id, "in_review"), 200);

            // In review: the reviewer sends it on, or back with a reason.
            assertStatus(move(editor, id, "statutory_officers"), 403);
            assertStatus(move(reviewer, id, "draft"), 400);
            assertStatus(move(reviewer, id, "draft", "reason", "The evidence for governance is a year old"), 200);
            assertStatus(move(editor, id, "in_review"), 200);
            assertStatus(comment(p.get(Role.MONITORING_OFFICER), id, null), 409);
            assertStatus(move(reviewer, id, "statutory_officers"), 200);

            // With the statutory officers: each comments in their own role; approval waits for all three.
            assertStatus(move(admin, id, "approved"), 409);
            assertStatus(comment(editor, id, null), 403);
            assertStatus(comment(p.get(Role.HEAD_OF_PAID_SERVICE), id, "monitoring-officer"), 403);
            assertStatus(comment(p.get(Role.HEAD_OF_PAID_SERVICE), id, null), 200);
            assertStatus(comment(p.get(Role.CHIEF_FINANCE_OFFICER), id, null), 200);
            ApiClient.Reply waiting = api.get("/api/v1/assessments/" + id + "/workflow");
            assertThat(waiting.json().get("outstanding").toString()).isEqualTo("[\"monitoring-officer\"]");
            assertThat(move(admin, id, "approved").text()).contains("Monitoring Officer's comment is outstanding");
            assertStatus(comment(p.get(Role.MONITORING_OFFICER), id, null), 200);
            assertStatus(move(reviewer, id, "approved"), 403);
            assertStatus(move(editor, id, "approved"), 403);
            assertStatus(move(admin, id, "approved"), 200);

            // Approved: read-only; the authority admin records the committee meeting, then publishes.
            assertStatus(comment(p.get(Role.MONITORING_OFFICER), id, null), 409);
            assertStatus(move(editor, id, "reported", "committee", "Audit and Standards", "meetingDate", "2024-06-24",
                    "minuteReference", "AS/24/17"), 403);
            ApiClient.Reply incomplete = move(admin, id, "reported");
            assertStatus(incomplete, 400);
            assertThat(incomplete.json().get("errors").findValuesAsText("field")).contains("committee", "meetingDate", "minuteReference");
            ApiClient.Reply notYetMet = move(admin, id, "reported", "committee", "Audit and Standards", "meetingDate", "2024-06-24",
                    "minuteReference", "AS/24/17");
            assertStatus(notYetMet, 400);
            assertThat(notYetMet.text()).as("today is 1 June 2024").contains("meetingDate", "cannot be in the future");
            assertStatus(move(admin, id, "reported", "committee", "Audit and Standards", "meetingDate", "2024-05-29",
                    "minuteReference", "AS/24/17"), 200);
            assertStatus(move(editor, id, "published"), 403);
            assertStatus(move(admin, id, "published"), 200);

            // Published: the only way back is unpublishing, with a reason.
            assertStatus(move(admin, id, "draft", "reason", "A figure was wrong"), 409);
            assertStatus(move(admin, id, "reported"), 400);
            assertStatus(move(admin, id, "reported", "reason", "A figure in the appendix was wrong"), 200);
            assertStatus(move(admin, id, "published"), 200);

            var workflow = api.get("/api/v1/assessments/" + id + "/workflow").json();
            assertThat(workflow.get("status").asText()).isEqualTo("published");
            assertThat(workflow.get("moves").findValuesAsText("to")).containsExactly("in_review", "draft", "in_review",
                    "statutory_officers", "approved", "reported", "published", "reported", "published");
            assertThat(workflow.get("moves").get(1).get("reason").asText()).isEqualTo("The evidence for governance is a year old");
            assertThat(workflow.get("statutoryComments").findValuesAsText("officer")).containsExactly(
                    "Head of Paid Service at E07000135", "Chief Finance Officer (s151) at E07000135", "Monitoring Officer at E07000135");
            assertThat(workbench.audit().forEntity("assessment", String.valueOf(id))).filteredOn(e -> e.action().equals("move"))
                    .hasSize(9);
        });
    }

    @EachEngine
    void the_committee_report_takes_the_comments_from_the_sign_off_and_names_the_outstanding_one(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            Map<Role, ApiClient> p = people(api, workbench);
            assertStatus(move(p.get(Role.EDITOR), id, "in_review"), 200);
            assertStatus(move(p.get(Role.REVIEWER), id, "statutory_officers"), 200);
            assertStatus(comment(p.get(Role.HEAD_OF_PAID_SERVICE), id, null), 200);
            assertStatus(comment(p.get(Role.CHIEF_FINANCE_OFFICER), id, null), 200);

            String html = api.get("/api/v1/assessments/" + id + "/report.html").text();
            var readiness = api.get("/api/v1/assessments/" + id + "/report/readiness").json().get("checks");
            var draft = api.get("/api/v1/assessments/" + id + "/report").json().get("officerComments");

            assertThat(html).contains("The report is satisfactory. <span class=\"muted\">(20 May 2024)</span>",
                    "Outstanding: no comment has been recorded.", "this report is not ready to issue");
            assertThat(readiness.get(1).get("detail").asText()).startsWith("Outstanding: Monitoring Officer.");
            assertThat(draft.findValuesAsText("role")).containsExactly("Head of Paid Service", "Chief Finance Officer", "Monitoring Officer");
            assertThat(draft.get(2).get("comment").isNull()).isTrue();
        });
    }

    @EachEngine
    void where_the_council_moderates_the_officers_get_it_only_once_every_theme_is_agreed(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            for (String theme : AssessmentApiTest.THEMES) {
                score(api, id, theme, "good");
            }
            Map<Role, ApiClient> p = people(api, workbench);
            String at = "/api/v1/assessments/" + id;
            assertStatus(p.get(Role.EDITOR).put("/api/v1/authorities/E07000135/moderation", Map.of("moderation", true)), 403);
            assertStatus(p.get(Role.AUTHORITY_ADMIN).put("/api/v1/authorities/E07000135/moderation", Map.of("moderation", true)), 200);
            ApiClient reviewer = p.get(Role.REVIEWER);
            assertStatus(p.get(Role.VIEWER).put(at + "/themes/LEAD/review", Map.of("reviewer", "Viewer")), 403);
            for (String theme : AssessmentApiTest.THEMES) {
                assertStatus(reviewer.put(at + "/themes/" + theme + "/review", Map.of("reviewer", "Head of Audit")), 200);
            }
            assertStatus(reviewer.put(at + "/themes/GOV/review", Map.of("reviewer", "Head of Audit",
                    "challenge", "The constitution review is not yet evidenced")), 200);
            assertStatus(move(p.get(Role.EDITOR), id, "in_review"), 200);

            ApiClient.Reply blocked = move(p.get(Role.REVIEWER), id, "statutory_officers");
            var workflow = api.get(at + "/workflow").json();
            assertStatus(reviewer.put(at + "/themes/GOV/review", Map.of("reviewer", "Head of Audit")), 200);
            assertStatus(move(p.get(Role.REVIEWER), id, "statutory_officers"), 200);
            for (Role officer : List.of(Role.HEAD_OF_PAID_SERVICE, Role.CHIEF_FINANCE_OFFICER, Role.MONITORING_OFFICER)) {
                assertStatus(comment(p.get(officer), id, null), 200);
            }
            ApiClient.Reply approved = move(p.get(Role.AUTHORITY_ADMIN), id, "approved");

            assertStatus(blocked, 409);
            assertThat(blocked.text()).contains("cannot go to the statutory officers yet", "Head of Audit's challenge is not resolved");
            assertThat(workflow.get("moderation").asBoolean()).isTrue();
            assertThat(workflow.get("blockers").toString()).contains("Head of Audit's challenge is not resolved");
            assertStatus(approved, 200);
            assertThat(workbench.audit().forEntity("workflow_settings", "E07000135")).extracting(e -> e.action()).containsExactly("update");
        });
    }

    @EachEngine
    void a_move_back_to_draft_asks_the_statutory_officers_to_comment_again(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            Map<Role, ApiClient> p = approve(api, workbench, id);

            assertStatus(move(p.get(Role.AUTHORITY_ADMIN), id, "draft", "reason", "The committee asked for the governance theme again"), 200);

            var workflow = api.get("/api/v1/assessments/" + id + "/workflow").json();
            assertThat(workflow.get("statutoryComments")).isEmpty();
            assertThat(workflow.get("outstanding")).hasSize(3);
            assertThat(workbench.audit().forEntity("statutory_comment", id + "/monitoring-officer")).extracting(e -> e.action())
                    .containsExactly("create", "delete");
            score(api, id, "LEAD", "fair");
        });
    }

    @EachEngine
    void an_approved_assessment_refuses_every_change_through_the_api(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            score(api, id, "LEAD", "good");
            long action = AssessmentApiTest.action(api, id, "Refresh the governance framework", "Monitoring Officer", "2024-12-31", "GOV");
            long evidence = AssessmentApiTest.evidence(api, id, "Annual governance statement", "GOV-C1", "supports");
            String at = "/api/v1/assessments/" + id;
            Object draft = api.get(at + "/report").json();
            approve(api, workbench, id);

            List<ApiClient.Reply> refused = List.of(
                    api.patch(at, Map.of("title", "A new title")),
                    api.put(at + "/themes/LEAD", Map.of("score", "fair")),
                    api.post(at + "/evidence", Map.of("title", "Peer challenge report", "links", List.of(Map.of("criterion", "GOV-C1", "stance", "supports")))),
                    api.put(at + "/evidence/" + evidence, Map.of("title", "Annual governance statement 2024")),
                    api.delete(at + "/evidence/" + evidence),
                    api.post(at + "/actions", Map.of("description", "Another action", "owner", "Chief Executive", "dueDate", "2025-03-31")),
                    api.post(at + "/actions/" + action + "/updates", Map.of("date", "2024-06-01", "note", "Started")),
                    api.delete(at + "/actions/" + action),
                    api.put(at + "/report", draft),
                    api.post(at + "/report/regenerate", Map.of()),
                    api.delete(at));

            assertThat(refused).allSatisfy(reply -> {
                assertThat(reply.status()).as(reply.text()).isEqualTo(409);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.text()).contains("approved and can no longer be");
            });
            assertThat(api.get(at).json().get("title").asText()).isEqualTo("Self-assessment against the Best Value Standards 2023/24");
        });
    }

    @EachEngine
    void the_sign_off_page_moves_the_assessment_and_shows_what_was_wrong_with_a_move(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            people(api, workbench);
            Javalin app = Web.create(workbench).start("127.0.0.1", 0);
            try {
                String page = "/assessments/" + id + "/sign-off";
                Visitor editor = new Visitor(app.port());
                editor.signIn(Role.EDITOR.code() + "@workflow.invalid", Users.PASSWORD);
                Visitor reviewer = new Visitor(app.port());
                reviewer.signIn(Role.REVIEWER.code() + "@workflow.invalid", Users.PASSWORD);
                Visitor viewer = new Visitor(app.port());
                viewer.signIn(Role.VIEWER.code() + "@workflow.invalid", Users.PASSWORD);

                assertThat(viewer.get(page).body()).contains("Submit for review: an authority admin or editor").doesNotContain("action=\"/assessments/" + id + "/moves\"");
                assertThat(viewer.get("/assessments/" + id).body()).as("a viewer is offered no form it cannot use")
                        .doesNotContain("/roll-forward", "Change details");
                assertThat(editor.get("/assessments/" + id).body()).contains("/roll-forward", "Change details");
                HttpResponse<String> refused = viewer.postForm("/assessments/" + id + "/moves", Map.of("_csrf", viewer.csrfTokenOn("/account"), "to", "in_review"));
                HttpResponse<String> submitted = editor.postForm("/assessments/" + id + "/moves", Map.of("_csrf", editor.csrfTokenOn(page), "to", "in_review"));
                HttpResponse<String> noReason = reviewer.postForm("/assessments/" + id + "/moves", Map.of("_csrf", reviewer.csrfTokenOn(page), "to", "draft"));

                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(refused.body()).contains("Only an authority admin or editor may submit for review");
                assertThat(submitted.statusCode()).isEqualTo(303);
                assertThat(submitted.headers().firstValue("Location")).contains(page + "?saved=moved");
                assertThat(noReason.statusCode()).isEqualTo(400);
                assertThat(noReason.body()).contains("govuk-error-summary", "href=\"#move-reason\"", "Enter why the assessment goes back to draft");
                assertThat(reviewer.get(page).body()).contains("In review", "Send to the statutory officers", "Editor at E07000135");
            } finally {
                app.stop();
            }
        });
    }

    @EachEngine
    void the_reported_move_offers_the_committee_and_meeting_date_the_report_was_written_for(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode) api.get(
                    "/api/v1/assessments/" + id + "/report").json();
            ApiClient.Reply saved = api.put("/api/v1/assessments/" + id + "/report",
                    draft.put("committee", "Full Council").put("meetingDate", "2024-07-18"));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            approve(api, workbench, id);
            Javalin app = Web.create(workbench).start("127.0.0.1", 0);
            try {
                Visitor admin = new Visitor(app.port());
                admin.signIn(Role.AUTHORITY_ADMIN.code() + "@workflow.invalid", Users.PASSWORD);

                String page = admin.get("/assessments/" + id + "/sign-off").body();

                assertThat(page).contains("name=\"committee\"", "value=\"Full Council\"", "value=\"18/7/2024\"",
                        "Filled in from the committee report");
            } finally {
                app.stop();
            }
        });
    }

    @EachEngine
    void while_the_statutory_officers_comment_nothing_in_the_assessment_changes_until_it_goes_back_to_draft(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            Map<Role, ApiClient> people = people(api, workbench);
            assertStatus(move(people.get(Role.EDITOR), id, "in_review"), 200);
            assertStatus(move(people.get(Role.REVIEWER), id, "statutory_officers"), 200);
            ApiClient.Reply dated = people.get(Role.CHIEF_FINANCE_OFFICER).post("/api/v1/assessments/" + id + "/statutory-comments",
                    Map.of("comment", "Written ahead.", "date", "2099-01-01"));
            assertStatus(dated, 400);
            assertThat(dated.text()).contains("\"date\"", "cannot be in the future");
            assertStatus(comment(people.get(Role.CHIEF_FINANCE_OFFICER), id, null), 200);

            ApiClient.Reply scored = people.get(Role.EDITOR).put("/api/v1/assessments/" + id + "/themes/CI",
                    Map.of("score", "fair", "narrative", "Changed while the officers comment."));

            assertThat(scored.status()).isEqualTo(409);
            assertThat(scored.text()).contains("with the statutory officers", "sends it back to draft");
            assertStatus(move(people.get(Role.AUTHORITY_ADMIN), id, "draft", "reason", "The CI score needs another look."), 200);
            assertThat(people.get(Role.EDITOR).put("/api/v1/assessments/" + id + "/themes/CI",
                    Map.of("score", "fair", "narrative", "Changed after going back to draft.")).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/assessments/" + id + "/workflow").json().get("statutoryComments").findValuesAsText("comment"))
                    .as("the comment made on what was sent is cleared").isEmpty();
        });
    }

    @EachEngine
    void an_approved_assessment_refuses_changes_through_the_pages_and_says_why(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            approve(api, workbench, id);
            Javalin app = Web.create(workbench).start("127.0.0.1", 0);
            try {
                Visitor editor = new Visitor(app.port());
                editor.signIn(Role.EDITOR.code() + "@workflow.invalid", Users.PASSWORD);
                String csrf = editor.csrfTokenOn("/assessments/" + id + "/sign-off");

                HttpResponse<String> scored = editor.postForm("/assessments/" + id + "/themes/LEAD/score",
                        Map.of("_csrf", csrf, "score", "fair"));
                HttpResponse<String> edited = editor.postForm("/assessments/" + id + "/edit",
                        Map.of("_csrf", csrf, "title", "A new title", "owner", "Chief Executive", "period", "2023/24"));
                HttpResponse<String> signOff = editor.get("/assessments/" + id + "/sign-off");

                assertThat(List.of(scored, edited)).allSatisfy(page -> {
                    assertThat(page.statusCode()).isEqualTo(409);
                    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                    assertThat(page.body()).contains("govuk-heading-l", "is approved and can no longer be changed");
                });
                assertThat(signOff.body()).contains("Approved", "read-only", "The report is satisfactory.");
                assertThat(editor.get("/assessments/" + id).body()).contains("id=\"read-only\"", "is approved and read-only");
                assertThat(editor.get("/assessments/" + id + "/themes/LEAD").body()).as("a read-only theme offers no forms")
                        .contains("id=\"read-only\"", "what was agreed").doesNotContain("action=\"/assessments/" + id + "/themes/LEAD/score\"",
                                "Add evidence", "Add an action", "Record review");
            } finally {
                app.stop();
            }
        });
    }
}
