package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.FormBody;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Adding and changing a metric on its page: every bad field named, values kept. */
class MetricPagesTest {

    @EachEngine
    void a_metric_is_added_on_the_page_and_a_bad_one_names_its_fields(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            FormBody good = new FormBody.Builder().add("id", "street-lights-repaired-in-time").add("title", "Street light faults repaired in time")
                    .add("area", "Roads").add("unit", "percent").add("polarity", "higher_better").add("applies_to", "shire_county")
                    .add("applies_to", "unitary").add("period_type", "financial_year").add("decimals", "1").build();
            FormBody bad = new FormBody.Builder().add("id", "Bad Id").add("title", "").add("area", "Roads").add("unit", "percent")
                    .add("decimals", "one").build();

            ApiClient.Reply added = api.rawPost("/metric-definitions/new", good);
            ApiClient.Reply refused = api.rawPost("/metric-definitions/new", bad);
            ApiClient.Reply page = api.get("/metrics/street-lights-repaired-in-time", "text/html");

            assertThat(added.status()).isEqualTo(200);
            assertThat(page.text()).contains("Street light faults repaired in time", "published to 1 decimal place");
            assertThat(api.get("/metrics", "text/html").text()).as("the installation admin").contains("Add a metric");
            assertThat(api.anonymous().get("/metrics", "text/html").text()).as("anyone else is not offered it")
                    .doesNotContain("Add a metric").contains("What has been imported");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).as("every problem of the form at once, each saying what it is about")
                    .contains("govuk-error-summary", "href=\"#metric-decimals\"", "href=\"#metric-id\"", "href=\"#metric-title\"",
                            "Enter the title", "a whole number from 0 to 12");
            assertThat(api.get("/metric-definitions/household-waste-recycling-rate", "text/html").text())
                    .contains("Change Household waste sent for reuse", "value=\"Waste management\"");
        });
    }

    @EachEngine
    void a_count_may_be_marked_as_adding_up_across_councils_and_a_percentage_may_not(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            FormBody count = new FormBody.Builder().add("id", "fly-tipping-incidents").add("title", "Fly-tipping incidents")
                    .add("area", "Environment").add("unit", "count").add("polarity", "neutral").add("applies_to", "shire_district")
                    .add("period_type", "financial_year").add("aggregation", "sum").build();
            FormBody percent = new FormBody.Builder().add("id", "fly-tipping-cleared").add("title", "Fly-tipping cleared in a day")
                    .add("area", "Environment").add("unit", "percent").add("polarity", "higher_better").add("applies_to", "shire_district")
                    .add("period_type", "financial_year").add("aggregation", "sum").build();

            assertThat(api.rawPost("/metric-definitions/new", count).status()).isEqualTo(200);
            assertThat(workbench.explorer().metric("fly-tipping-incidents").summable()).isTrue();
            assertThat(api.get("/metric-definitions/fly-tipping-incidents", "text/html").text()).containsPattern("name=\"aggregation\"[^>]*checked");
            ApiClient.Reply refused = api.rawPost("/metric-definitions/new", percent);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("cannot be added up across councils");
        });
    }
}
