package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A councillor looks up how the council's recycling compares, in a real browser. */
class ExplorerJourneyTest {
    private static ServedWorkbench served;
    private static Browser browser;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(java.time.Clock.systemDefaultZone(), workbench -> workbench.explorer().loadShipped()).signedInAsAdmin();
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void chooses_an_authority_and_a_group_and_sees_the_charts_with_their_tables() {
        browser.open("/metrics");
        browser.driver().findElement(By.linkText("Household waste sent for reuse, recycling or composting (ex NI192)")).click();
        browser.checkAccessibility();

        // The authority box is the accessible autocomplete: type part of the name, pick the first match.
        browser.driver().findElement(By.id("choose-authority")).sendKeys("Oadby");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#choose-authority__listbox li")).isEmpty());
        browser.driver().findElement(By.id("choose-authority")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        new Select(browser.driver().findElement(By.id("choose-group"))).selectByVisibleText("Same region");
        browser.driver().findElement(By.cssSelector(".bv-filters button")).click();
        browser.checkAccessibility();

        assertThat(browser.driver().getCurrentUrl()).contains("authority=E07000135", "group=region");
        assertThat(browser.driver().findElement(By.id("position")).getText()).contains("Oadby and Wigston", "of 35 with a value");
        assertThat(browser.driver().findElements(By.cssSelector("#comparison-table tbody tr"))).hasSize(35);
        assertThat(browser.driver().findElement(By.id("series-table")).getText()).contains("2015/16", "2023/24");
        Object drawn = browser.driver().executeScript("return Chart.getChart('bars') !== undefined && Chart.getChart('series') !== undefined");
        assertThat(drawn).isEqualTo(true);
    }

    @Test
    void the_import_and_group_pages_are_accessible() {
        browser.open("/imports");
        browser.open("/groups");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Comparison groups");
    }

    @Test
    void a_district_sees_adult_social_care_as_not_applicable() {
        browser.open("/metrics/asc-short-term-service-outcome?authority=E07000135");

        assertThat(browser.driver().findElement(By.id("not-applicable")).getText()).contains("not applicable, not missing");
    }

    @Test
    void the_dashboard_shows_quartiles_and_direction_of_travel() {
        browser.open("/authorities/E10000018/metrics");

        assertThat(browser.driver().findElement(By.id("dashboard")).getText()).contains("quartile", "2022/23");
    }
}
