package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AuthorityApiTest.withApp;

import okhttp3.Response;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

class AuthorityPagesTest {

    @EachEngine
    void the_home_page_says_what_the_service_does_and_links_each_part(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/");

            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("govuk-template__body", "Best Value Standards", "href=\"/authorities\"");
        });
    }

    @EachEngine
    void the_list_finds_oadby_and_wigston_with_its_type_and_region(Engine engine) {
        withApp(engine, client -> {
            String html = client.get("/authorities?q=Oadby").body().string();

            assertThat(html).contains("Oadby and Wigston", "E07000135", "Shire district", "East Midlands", "57,313");
        });
    }

    @EachEngine
    void a_bad_filter_shows_a_govuk_error_summary(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/authorities?type=parish");

            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("govuk-error-summary", "There is a problem", "Type 'parish' is not known");
        });
    }

    @EachEngine
    void a_past_authority_links_to_its_successor(Engine engine) {
        withApp(engine, client -> {
            String html = client.get("/authorities/E07000026").body().string();

            assertThat(html).contains("Allerdale", "Past authority", "href=\"/authorities/E06000063\"");
        });
    }

    @EachEngine
    void a_successor_links_to_its_predecessors(Engine engine) {
        withApp(engine, client -> {
            String html = client.get("/authorities/E06000063").body().string();

            assertThat(html).contains("Predecessors", "href=\"/authorities/E07000026\"", "href=\"/authorities/E10000006\"");
        });
    }

    @EachEngine
    void pages_carry_basic_security_headers(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/authorities");

            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        });
    }

    @EachEngine
    void an_unknown_page_gets_a_govuk_page_not_found(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/no/such/page");

            assertThat(response.code()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("text/html");
            assertThat(response.body().string()).contains("Page not found", "govuk-heading-l");
        });
    }

    @EachEngine
    void an_unknown_authority_gets_a_govuk_not_found_page(Engine engine) {
        withApp(engine, client -> {
            Response response = client.get("/authorities/E99999999");

            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string()).contains("Authority not found", "E99999999");
        });
    }
}
