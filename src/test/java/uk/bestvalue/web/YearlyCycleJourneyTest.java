package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.bestvalue.assessment.Assessment;

/**
 * The yearly cycle in a real browser, every page checked with axe: roll the example forward, move
 * it to the 2024 guidance through the mapping, confirm and edit carried evidence, re-date a carried
 * action, close another as completed, delete and restore. Each save ends on a success banner and
 * the task list follows each change.
 */
class YearlyCycleJourneyTest {
    private static ServedWorkbench served;
    private static Browser browser;
    private static long exampleId;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(TestApp.JUNE_2024,
                workbench -> exampleId = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow()).signedInAsAdmin();
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static WebDriver page() {
        return browser.driver();
    }

    private static void press(String button) {
        page().findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
        browser.checkAccessibility();
    }

    private static String banner() {
        return page().findElement(By.cssSelector(".govuk-notification-banner--success")).getText();
    }

    private static String counts() {
        return page().findElement(By.id("task-counts")).getText();
    }

    @Test
    void an_officer_carries_the_example_into_next_year_and_keeps_it_up_to_date() {
        browser.open("/assessments/" + exampleId);
        press("Roll forward");
        assertThat(banner()).contains("rolled forward");
        assertThat(page().findElement(By.tagName("h1")).getText()).startsWith("Example:").contains("2024/25");
        assertThat(page().findElements(By.id("example-title"))).as("its next year still holds the made-up content").isNotEmpty();
        assertThat(page().findElement(By.id("task-summary")).getText()).isEqualTo("0 of 7 themes scored");
        assertThat(counts()).contains("7 evidence items to refresh", "1 overdue action");
        String overview = page().getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

        page().findElement(By.partialLinkText("Change details")).click();
        browser.checkAccessibility();
        new Select(page().findElement(By.id("framework-framework"))).selectByValue("best-value-standards/2024");
        press("Change framework version");
        assertThat(banner()).contains("moved to the new framework version");
        assertThat(page().getPageSource()).contains("Statutory guidance, May 2024").doesNotContain("best-value-standards/2024</");
        assertThat(page().findElements(By.id("left-behind"))).isEmpty();
        assertThat(counts()).contains("7 evidence items to refresh");

        page().findElement(By.linkText("Continuous Improvement")).click();
        browser.checkAccessibility();
        assertThat(page().findElement(By.id("last-year")).getText()).isEqualTo("Last year's score (2023/24): Good");
        page().findElement(By.cssSelector("#evidence-table a[href*='/evidence/']")).click();
        browser.checkAccessibility();
        press("Confirm it still holds");
        assertThat(banner()).contains("confirmed as still current");
        WebElement title = page().findElement(By.id("evidence-title"));
        title.clear();
        title.sendKeys("Annual Governance Statement, reviewed");
        press("Save evidence");
        assertThat(banner()).contains("The evidence has been saved");
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Annual Governance Statement, reviewed");

        browser.open(overview + "/due-dates");
        browser.checkAccessibility();
        WebElement firstDate = page().findElements(By.cssSelector("input[name^='due-']")).get(0);
        firstDate.clear();
        firstDate.sendKeys("31/3/2025");
        press("Save due dates");
        assertThat(banner()).contains("The due dates have been saved");
        assertThat(counts()).contains("6 evidence items to refresh", "0 overdue actions");
        int open = page().findElements(By.cssSelector("#open-actions tbody tr")).size();

        page().findElements(By.cssSelector("#open-actions a")).get(1).click();
        browser.checkAccessibility();
        page().findElement(By.id("close-outcome-done")).click();
        press("Close action");
        assertThat(banner()).contains("The action has been closed");
        assertThat(page().getPageSource()).contains("Closed as completed");
        browser.open(overview);
        assertThat(page().findElements(By.cssSelector("#open-actions tbody tr"))).hasSize(open - 1);

        page().findElement(By.partialLinkText("Change details")).click();
        press("Delete assessment");
        assertThat(banner()).contains("The assessment has been deleted");
        page().findElement(By.cssSelector("#deleted-assessments button")).click();
        browser.checkAccessibility();
        assertThat(banner()).contains("The assessment has been restored");
        assertThat(counts()).contains("6 evidence items to refresh", "0 overdue actions");
    }
}
