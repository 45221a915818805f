package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Actor;
import uk.bestvalue.auth.Role;
import uk.bestvalue.network.Network;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * Everything entered about a network can be corrected and removed, in the API and on the pages: the
 * convenor renames, describes and deletes it and takes members out, a member leaves, the member that
 * shared an item corrects or removes it; dates are read as people write them; errors name the field.
 */
class NetworkChangesTest {
    private static final String OADBY = "E07000135";
    private static final String BLABY = "E07000129";
    private static final String HINCKLEY = "E07000132";

    @EachEngine
    void the_api_corrects_and_removes_a_network_its_members_and_what_they_shared(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            String base = "/api/v1/authorities/" + OADBY + "/networks";
            ApiClient.Reply started = api.post(base, Map.of("name", "Pilot network", "members", List.of(BLABY, HINCKLEY)));
            assertThat(started.status()).as(started.text()).isEqualTo(201);
            long id = started.json().get("id").asLong();
            assertThat(started.json().get("version").asInt()).isEqualTo(1);
            String network = base + "/" + id;

            ApiClient.Reply renamed = api.put(network, Map.of("name", "Leicestershire districts", "description", "The county's districts", "version", 1));
            assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
            assertThat(renamed.json().get("version").asInt()).isEqualTo(2);
            ApiClient.Reply described = api.put(network, Map.of("description", "Districts of the county"));
            assertThat(described.json().get("name").asText()).as("a change keeps what it leaves out").isEqualTo("Leicestershire districts");
            assertThat(described.json().get("version").asInt()).isEqualTo(3);
            ApiClient.Reply stale = api.put(network, Map.of("name", "Stale", "version", 1));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
            ApiClient.Reply nameless = api.put(network, Map.of("name", " ", "version", 3));
            assertThat(nameless.status()).isEqualTo(400);
            assertThat(nameless.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
            ApiClient.Reply byMember = api.put("/api/v1/authorities/" + BLABY + "/networks/" + id, Map.of("name", "Ours now"));
            assertThat(byMember.status()).as("only the convenor renames it").isEqualTo(400);

            ApiClient.Reply noCode = api.post(network + "/members", Map.of("member", ""));
            assertThat(noCode.status()).isEqualTo(400);
            assertThat(noCode.json().get("errors").get(0).get("message").asText()).isEqualTo("Enter the council's ONS code");
            ApiClient.Reply removed = api.delete(network + "/members/" + HINCKLEY);
            assertThat(removed.status()).as(removed.text()).isEqualTo(200);
            assertThat(removed.json().get("members").toString()).doesNotContain(HINCKLEY);
            ApiClient.Reply left = api.delete("/api/v1/authorities/" + BLABY + "/networks/" + id + "/members/" + BLABY);
            assertThat(left.status()).as("Blaby leaves").isEqualTo(200);
            assertThat(api.post(network + "/members", Map.of("member", BLABY)).status()).isEqualTo(201);

            String shares = "/api/v1/authorities/" + BLABY + "/networks/" + id + "/shares";
            ApiClient.Reply noDate = api.post(shares, Map.of("title", "Recycling", "body", "41 %", "embargoUntil", ""));
            assertThat(noDate.status()).isEqualTo(400);
            assertThat(noDate.json().get("errors").get(0).get("field").asText()).isEqualTo("embargoUntil");
            assertThat(noDate.json().get("errors").get(0).get("message").asText()).contains("Enter the date from which everyone may see it");
            ApiClient.Reply shared = api.post(shares, Map.of("title", "Recycling", "body", "41 %", "embargoUntil", "31/12/2026"));
            assertThat(shared.status()).as(shared.text()).isEqualTo(201);
            assertThat(shared.json().get("embargoUntil").asText()).isEqualTo("2026-12-31");
            long share = shared.json().get("id").asLong();

            ApiClient.Reply corrected = api.put(shares + "/" + share, Map.of("title", "Recycling, audited", "body", "40.8 %",
                    "embargoUntil", "2026-10-01", "version", 1));
            assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
            assertThat(corrected.json().get("version").asInt()).isEqualTo(2);
            ApiClient.Reply retitled = api.put(shares + "/" + share, Map.of("title", "Recycling, audited 2025/26"));
            assertThat(retitled.json().get("body").asText()).isEqualTo("40.8 %");
            assertThat(retitled.json().get("embargoUntil").asText()).isEqualTo("2026-10-01");
            assertThat(api.put(shares + "/" + share, Map.of("title", "x", "version", 1)).status())
                    .isEqualTo(409);
            assertThat(api.delete("/api/v1/authorities/" + OADBY + "/networks/" + id + "/shares/" + share).status())
                    .as("only the member that shared it").isEqualTo(403);
            JsonNode detail = api.get("/api/v1/networks/" + id).json();
            assertThat(detail.get("shares").get(0).get("title").asText()).isEqualTo("Recycling, audited 2025/26");
            assertThat(api.delete(shares + "/" + share).status()).isEqualTo(204);
            assertThat(api.get("/api/v1/networks/" + id).json().get("shares")).isEmpty();

            assertThat(api.delete(network).status()).isEqualTo(204);
            assertThat(api.get("/api/v1/networks/" + id).status()).isEqualTo(404);
            assertThat(workbench.audit().forEntity("network", String.valueOf(id))).extracting(e -> e.action())
                    .containsExactly("create", "update", "update", "delete");
        });
    }

    @EachEngine
    void the_pages_correct_and_remove_a_network_its_members_and_what_they_shared(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            Network n = workbench.networks().create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY, HINCKLEY));
            Users.withRole(workbench, "admin@oadby.invalid", Role.AUTHORITY_ADMIN, OADBY);
            Users.withRole(workbench, "admin@blaby.invalid", Role.AUTHORITY_ADMIN, BLABY);
            Visitor oadby = new Visitor(api.port());
            oadby.signIn("admin@oadby.invalid", Users.PASSWORD);
            Visitor blaby = new Visitor(api.port());
            blaby.signIn("admin@blaby.invalid", Users.PASSWORD);
            String convenor = "/authorities/" + OADBY + "/networks";
            String member = "/authorities/" + BLABY + "/networks";
            String csrf = oadby.csrfTokenOn(convenor);
            String blabyCsrf = blaby.csrfTokenOn(member);

            // 5: an empty code is asked for; the add-member box offers councils by name
            String page = oadby.get(convenor).body();
            assertThat(page).contains("data-bv-add-to=\"member-" + n.id() + "-member\"", ">Blaby</option>",
                    "href=\"" + convenor + "/" + n.id() + "\"");
            HttpResponse<String> noCode = oadby.postForm(convenor + "/" + n.id() + "/members", Map.of("member", " ", "_csrf", csrf));
            assertThat(noCode.statusCode()).isEqualTo(400);
            assertThat(noCode.body()).contains("govuk-error-summary", "href=\"#member-" + n.id() + "-member\"", "Enter the council's ONS code");

            // 1: rename and describe, from the version loaded; a stale save is refused with the typed input kept
            String edit = oadby.get(convenor + "/" + n.id()).body();
            assertThat(edit).contains("value=\"Pilot network\"", "name=\"version\" value=\"1\"", "Remove<span class=\"govuk-visually-hidden\"> Blaby");
            HttpResponse<String> saved = oadby.postForm(convenor + "/" + n.id(), form(csrf, "name", "Leicestershire districts",
                    "description", "The county's districts", "version", "1"));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(oadby.get(saved.headers().firstValue("Location").orElseThrow()).body()).contains("name and description have been saved");
            HttpResponse<String> stale = oadby.postForm(convenor + "/" + n.id(), form(csrf, "name", "My stale name", "description", "", "version", "1"));
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("govuk-error-summary", "value=\"My stale name\"", "name=\"version\" value=\"2\"");
            HttpResponse<String> nameless = oadby.postForm(convenor + "/" + n.id(), form(csrf, "name", "", "description", "Kept", "version", "2"));
            assertThat(nameless.statusCode()).isEqualTo(400);
            assertThat(nameless.body()).contains("href=\"#network-name\"", "Give the network a name", ">Kept</textarea>");
            assertThat(blaby.get(member + "/" + n.id()).statusCode()).as("a member does not manage it").isEqualTo(403);

            // 2: the convenor takes a member out; a member leaves; each told what happened
            HttpResponse<String> removed = oadby.postForm(convenor + "/" + n.id() + "/members/remove", Map.of("member", HINCKLEY, "_csrf", csrf));
            assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith("done=removed");
            assertThat(oadby.get(convenor + "?done=removed").body()).contains("The member has been removed from the network");
            assertThat(workbench.networks().network(n.id()).hasMember(HINCKLEY)).isFalse();

            // 4 and 3: Blaby shares under an embargo written as people write dates, then corrects and removes it
            HttpResponse<String> noDate = blaby.postForm(member + "/" + n.id() + "/shares", form(blabyCsrf, "title", "Recycling", "body", "41 %", "embargo", ""));
            assertThat(noDate.statusCode()).isEqualTo(400);
            assertThat(noDate.body()).contains("href=\"#share-" + n.id() + "-embargo\"", "Enter the date from which everyone may see it",
                    "value=\"Recycling\"", "For example, 31/12/2026");
            HttpResponse<String> shared = blaby.postForm(member + "/" + n.id() + "/shares", form(blabyCsrf, "title", "Recycling", "body", "41 %",
                    "embargo", "31/12/2026"));
            assertThat(shared.statusCode()).as(shared.body()).isEqualTo(303);
            long share = workbench.networks().shares(n.id(), code -> true).get(0).id();
            String sharePage = member + "/" + n.id() + "/shares/" + share;
            assertThat(blaby.get(member).body()).contains("Recycling, public from 31 December 2026", "href=\"" + sharePage + "\"");
            assertThat(blaby.get(sharePage).body()).contains("value=\"31/12/2026\"", "name=\"version\" value=\"1\"");
            assertThat(oadby.get(convenor + "/" + n.id() + "/shares/" + share).statusCode()).as("not Oadby's to change").isEqualTo(403);
            HttpResponse<String> wrong = blaby.postForm(sharePage, form(blabyCsrf, "title", "Recycling, audited", "body", "40.8 %", "embargo", "31/13/2026",
                    "version", "1"));
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("href=\"#share-embargo\"", "is not a date; write it as 31/12/2026", "value=\"Recycling, audited\"");
            HttpResponse<String> corrected = blaby.postForm(sharePage, form(blabyCsrf, "title", "Recycling, audited", "body", "40.8 %",
                    "embargo", "1/10/2026", "version", "1"));
            assertThat(corrected.headers().firstValue("Location").orElseThrow()).endsWith("done=reshared");
            assertThat(workbench.networks().share(n.id(), share).title()).isEqualTo("Recycling, audited");
            HttpResponse<String> staleShare = blaby.postForm(sharePage, form(blabyCsrf, "title", "Typed over an old copy", "body", "40 %",
                    "embargo", "1/10/2026", "version", "1"));
            assertThat(staleShare.statusCode()).isEqualTo(409);
            assertThat(staleShare.body()).contains("govuk-error-summary", "changed this shared item", "value=\"Typed over an old copy\"",
                    "name=\"version\" value=\"2\"");
            assertThat(blaby.postForm(sharePage + "/delete", Map.of("_csrf", blabyCsrf)).headers().firstValue("Location").orElseThrow())
                    .endsWith("done=unshared");
            assertThat(workbench.networks().shares(n.id(), code -> true)).isEmpty();

            HttpResponse<String> leaves = blaby.postForm(member + "/" + n.id() + "/members/remove", Map.of("member", BLABY, "_csrf", blabyCsrf));
            assertThat(leaves.headers().firstValue("Location").orElseThrow()).endsWith("done=left");
            assertThat(blaby.get(member + "?done=left").body()).contains("You have left the network");

            // 1: the convenor deletes it
            HttpResponse<String> deleted = oadby.postForm(convenor + "/" + n.id() + "/delete", Map.of("_csrf", csrf));
            assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("done=deleted");
            assertThat(workbench.networks().networks()).isEmpty();
        });
    }

    private static Map<String, String> form(String csrf, String... pairs) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
