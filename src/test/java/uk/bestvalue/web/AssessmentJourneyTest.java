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

/** An officer works on the example assessment in a real browser: scores a theme, adds evidence and an action. */
class AssessmentJourneyTest {
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

    @Test
    void the_example_is_labelled_and_shows_its_themes_and_open_actions() {
        browser.open("/authorities/E07000135/assessments");
        page().findElement(By.partialLinkText("Example: self-assessment")).click();
        browser.checkAccessibility();

        assertThat(page().findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("example assessment made up");
        assertThat(page().findElements(By.cssSelector("#themes .govuk-task-list__item"))).hasSize(7);
        assertThat(page().findElement(By.id("task-summary")).getText()).isEqualTo("7 of 7 themes scored");
        assertThat(page().findElement(By.id("open-actions")).getText()).contains("Chief Finance Officer", "Overdue");
    }

    @Test
    void an_officer_changes_a_theme_score_and_adds_evidence_and_an_action() {
        browser.open("/assessments/" + exampleId + "/themes/RES");

        page().findElement(By.id("score-score-good")).click();
        WebElement narrative = page().findElement(By.id("score-narrative"));
        narrative.clear();
        narrative.sendKeys("Finance posts now filled; succession plan agreed.");
        page().findElement(By.cssSelector("form[action$='/score'] button")).click();
        browser.checkAccessibility();

        openDetails("Add evidence");
        page().findElement(By.id("evidence-title")).sendKeys("Finance restructure report");
        page().findElement(By.id("evidence-owner")).sendKeys("Chief Finance Officer");
        page().findElement(By.id("evidence-link-RES-C10-supports")).click();
        page().findElement(By.id("evidence-link-RES-F3-negates")).click();
        page().findElement(By.cssSelector("form[action$='/evidence'] button")).click();
        browser.checkAccessibility();

        openDetails("Add an action");
        page().findElement(By.id("action-description")).sendKeys("Review the finance succession plan");
        page().findElement(By.id("action-owner")).sendKeys("Chief Finance Officer");
        page().findElement(By.id("action-dueDate")).sendKeys("31/3/2025");
        new Select(page().findElement(By.id("action-status"))).selectByVisibleText("In progress");
        page().findElement(By.cssSelector("form[action$='/actions'] button")).click();
        browser.checkAccessibility();

        assertThat(page().findElement(By.id("score-score-good")).isSelected()).isTrue();
        assertThat(page().findElement(By.id("evidence-table")).getText()).contains("Finance restructure report", "RES-C10 supports", "RES-F3 negates");
        assertThat(page().findElement(By.id("actions-table")).getText()).contains("Review the finance succession plan", "31 March 2025", "In progress");
        browser.open("/assessments/" + exampleId);
        assertThat(page().findElements(By.cssSelector("#themes .govuk-task-list__item")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith("Use of Resources"))).singleElement().asString().contains("Good");
    }

    @Test
    void a_bad_action_is_shown_back_with_a_govuk_error_summary() {
        browser.open("/assessments/" + exampleId + "/themes/GOV");

        openDetails("Add an action");
        page().findElement(By.id("action-description")).sendKeys("Review the scheme of delegation");
        page().findElement(By.cssSelector("form[action$='/actions'] button")).click();
        browser.checkAccessibility();

        WebElement summary = page().findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter who owns the action");
        summary.findElement(By.linkText("Enter who owns the action")).click();
        assertThat(page().switchTo().activeElement().getAttribute("id")).isEqualTo("action-owner");
        assertThat(page().findElement(By.id("action-description")).getText()).isEqualTo("Review the scheme of delegation");
    }

    @Test
    void the_action_plan_filters_by_owner_and_records_progress() {
        browser.open("/assessments/" + exampleId + "/actions");

        new Select(page().findElement(By.id("filter-owner"))).selectByVisibleText("Head of Human Resources");
        page().findElement(By.cssSelector(".bv-filters button")).click();
        browser.checkAccessibility();
        assertThat(page().findElements(By.cssSelector(".bv-action"))).hasSize(1);

        WebElement action = page().findElement(By.cssSelector(".bv-action"));
        String id = action.getAttribute("id");
        action.findElement(By.cssSelector("summary")).click();
        new Select(action.findElement(By.cssSelector("select[name=status]"))).selectByVisibleText("In progress");
        action.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Two workshops held.");
        action.findElement(By.cssSelector("form button")).click();
        browser.checkAccessibility();

        assertThat(page().findElement(By.id(id)).getText()).contains("Run cross-service workshops", "In progress", "Two workshops held.");
    }

    @Test
    void year_on_year_and_framework_pages_are_accessible() {
        browser.open("/assessments/" + exampleId + "/year-on-year");
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("Year on year");

        browser.open("/frameworks/best-value-standards/2024");
        assertThat(page().findElement(By.cssSelector(".govuk-warning-text")).getText()).contains("paraphrase");
    }

    @Test
    void an_officer_fills_in_the_committee_report_and_the_authoritys_settings() {
        browser.open("/authorities/E07000135/settings");
        page().findElement(By.id("settings-objectives")).sendKeys("SO1 | Our Council\nSO2 | Our Communities");
        page().findElement(By.id("settings-risks")).sendKeys("CR4 | Reputation Damage");
        page().findElement(By.cssSelector("main form button")).click();
        browser.checkAccessibility();
        assertThat(page().findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("saved");

        browser.open("/assessments/" + exampleId + "/report");
        page().findElement(By.id("report-meetingDate")).sendKeys("16/4/2024");
        page().findElement(By.id("report-objectives-SO1")).click();
        page().findElement(By.id("report-risks-CR4")).click();
        page().findElement(By.cssSelector("main form button")).click();
        browser.checkAccessibility();

        assertThat(page().findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("The report has been saved.");
        assertThat(page().findElement(By.id("report-meetingDate")).getAttribute("value")).as("shown back as it was typed").isEqualTo("16/4/2024");
        browser.driver().get(page().findElement(By.linkText("Preview (HTML)")).getAttribute("href"));
        assertThat(page().getPageSource()).contains("16 April 2024", "Our Council (SO1)", "Reputation Damage (CR4)",
                "Outstanding: no comment has been recorded.");
    }

    private static void openDetails(String summary) {
        for (WebElement details : page().findElements(By.cssSelector("details"))) {
            WebElement s = details.findElement(By.cssSelector("summary"));
            if (s.getText().contains(summary) && details.getAttribute("open") == null) {
                s.click();
                return;
            }
        }
    }
}
