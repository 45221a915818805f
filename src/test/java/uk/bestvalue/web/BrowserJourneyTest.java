package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What a person does in a real browser, against the real server on a loopback port. */
class BrowserJourneyTest {
    private static ServedWorkbench served;
    private static Browser browser;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(java.time.Clock.systemDefaultZone(), workbench -> { });
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void the_home_page_renders_with_govuk_styles() {
        browser.open("/");

        WebElement header = browser.driver().findElement(By.cssSelector(".govuk-header"));
        assertThat(header.getCssValue("background-color")).isEqualTo("rgba(11, 12, 12, 1)");
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("class")).contains("govuk-frontend-supported");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Best Value Workbench");
    }

    @Test
    void searching_from_the_home_page_finds_oadby_and_wigston_and_opens_it() {
        browser.open("/");

        browser.driver().findElement(By.id("home-q")).sendKeys("Oadby");
        browser.driver().findElement(By.cssSelector("form[role=search] button")).click();
        browser.checkAccessibility();
        WebElement result = browser.driver().findElement(By.linkText("Oadby and Wigston"));
        assertThat(browser.driver().findElement(By.id("result-count")).getText()).isEqualTo("1 authority");
        result.click();
        browser.checkAccessibility();

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Oadby and Wigston");
        assertThat(browser.driver().findElement(By.id("facts")).getText()).contains("E07000135", "Shire district", "East Midlands");
    }

    @Test
    void filtering_by_type_and_region_narrows_the_list() {
        browser.open("/authorities");

        new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Shire county");
        new Select(browser.driver().findElement(By.id("region"))).selectByVisibleText("East Midlands");
        browser.driver().findElement(By.cssSelector("main form button")).click();
        browser.checkAccessibility();

        assertThat(browser.driver().getCurrentUrl()).contains("type=shire_county", "region=E12000004");
        assertThat(browser.driver().findElements(By.cssSelector("#authorities tbody tr"))).hasSize(4);
    }

    @Test
    void a_past_authority_leads_to_its_successor() {
        browser.open("/authorities?q=Allerdale&status=past");

        browser.driver().findElement(By.linkText("Allerdale")).click();
        browser.checkAccessibility();
        browser.driver().findElement(By.linkText("Cumberland")).click();
        browser.checkAccessibility();

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Cumberland");
        assertThat(browser.driver().findElement(By.id("predecessors")).getText()).contains("Allerdale", "Carlisle", "Copeland");
    }

    @Test
    void the_accessibility_check_fails_a_page_that_breaks_wcag() {
        browser.driver().get("data:text/html,<html lang=en><title>x</title><body><main><img src=x.png></main></body></html>");

        assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }

    @Test
    void error_pages_are_accessible_too() {
        browser.open("/authorities?type=parish");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("There is a problem");

        browser.open("/no/such/page");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }
}
