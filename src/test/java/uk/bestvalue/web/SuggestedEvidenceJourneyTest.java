package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.bestvalue.assessment.Assessment;

/** An editor sees early-warning signals on a theme page, accepts one as evidence and finds it, with its figures, in the report. */
class SuggestedEvidenceJourneyTest {
    /** A rule every district with a recycling rate meets, so that the example council surely has a signal to accept. */
    private static final String RULES = """
            format: bestvalue-warning-rules/1
            set: {key: journey, version: "1", name: Journey rules, framework: best-value-standards/2024}
            rules:
              - {id: recycling-below-100, title: Recycling rate below 100%, metrics: [household-waste-recycling-rate],
                 condition: {kind: threshold, below: 100}, severity: medium, theme: SD, criteria: [SD-F1], caveat: Every council is below 100%.}
            """;
    private static ServedWorkbench served;
    private static Browser browser;
    private static long assessmentId;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(java.time.Clock.systemDefaultZone(), workbench -> {
            workbench.explorer().loadShipped(uk.bestvalue.explorer.Explorer.SHIPPED_FILES::contains);
            workbench.warnings().importRules("journey", RULES.getBytes(StandardCharsets.UTF_8));
            workbench.warnings().evaluate();
            assessmentId = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
        }).signedInAsAdmin();
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void accepts_a_suggested_signal_on_a_theme_page_and_finds_it_with_its_figures_in_the_report() {
        browser.open("/assessments/" + assessmentId + "/themes/SD");
        var signal = browser.driver().findElement(By.cssSelector("#suggested-evidence ~ .bv-signal"));
        assertThat(signal.getText()).contains("Recycling rate below 100%", "Read with care", "SD-F1");
        Object drawn = browser.driver().executeScript(
                "var c = document.querySelector('canvas[data-signal-chart]'); return c !== null && Chart.getChart(c) !== undefined");
        assertThat(drawn).isEqualTo(true);

        signal.findElement(By.cssSelector("form[action$='/accept'] button")).click();

        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.id("evidence-table")).getText()).contains("Recycling rate below 100%");
        assertThat(browser.driver().findElements(By.cssSelector("#suggested-evidence"))).isEmpty();
        browser.driver().get(browser.driver().getCurrentUrl().replaceAll("/assessments/.*", "/api/v1/assessments/" + assessmentId + "/report.html"));
        String report = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(report).contains("Recycling rate below 100%", "Household waste sent for reuse, recycling or composting (ex NI192)",
                "Licence: Open Government Licence v3.0");
    }

    @Test
    void the_watchlist_lists_councils_by_their_most_severe_signal_and_downloads_as_csv() {
        browser.open("/watchlist?type=shire_district");

        assertThat(browser.driver().findElement(By.id("severity-medium")).getText()).contains("Medium severity");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Oadby and Wigston");

        browser.driver().findElement(By.linkText("Oadby and Wigston")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.id("open-flags")).getText()).contains("Recycling rate below 100%");
    }
}
