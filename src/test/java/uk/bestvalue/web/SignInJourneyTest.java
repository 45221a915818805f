package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.auth.Role;

/** In a real browser: a signed-out visitor is sent to sign in, an editor signs in, edits, and signs out; a forged form fails. */
class SignInJourneyTest {
    private static final String EDITOR = "editor@oadby-wigston.example";
    private static final String ADMIN = "admin@oadby-wigston.example";
    private static ServedWorkbench served;
    private static long exampleId;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(TestApp.JUNE_2024, workbench -> {
            exampleId = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            Users.withRole(workbench, EDITOR, Role.EDITOR, "E07000135");
            Users.withRole(workbench, ADMIN, Role.AUTHORITY_ADMIN, "E07000135");
        });
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static WebDriver page() {
        return served.browser.driver();
    }

    /** Waits for the page a click started to arrive: on a busy machine the next line can run before it does. */
    private static void settle(java.util.function.Function<WebDriver, Boolean> arrived) {
        new org.openqa.selenium.support.ui.WebDriverWait(page(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(arrived::apply);
    }

    @Test
    void an_editor_signs_in_edits_a_theme_and_signs_out_and_a_form_without_the_token_is_refused() {
        Browser browser = served.browser;
        String theme = "/assessments/" + exampleId + "/themes/GOV";

        browser.open(theme);
        assertThat(page().getCurrentUrl()).as("signed out: sent to sign in").contains("/sign-in?next=");
        page().findElement(By.name("email")).sendKeys(EDITOR);
        page().findElement(By.name("password")).sendKeys("not the right password");
        page().findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        settle(d -> !d.findElements(By.className("govuk-error-summary")).isEmpty());
        browser.checkAccessibility();
        assertThat(page().findElement(By.className("govuk-error-summary")).getText()).contains("Enter the email address and password");

        page().findElement(By.name("password")).sendKeys(Users.PASSWORD);
        page().findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        settle(d -> d.getCurrentUrl().endsWith(theme));
        assertThat(page().getCurrentUrl()).as("back where the editor was going").endsWith(theme);
        browser.checkAccessibility();
        assertThat(page().findElement(By.cssSelector(".bv-account a")).getText()).isEqualTo("Editor at E07000135");
        browser.open("/account");
        assertThat(page().findElement(By.className("govuk-summary-list")).getText()).contains("Editor at E07000135", EDITOR);
        browser.open(theme);

        page().findElement(By.id("score-score-poor")).click();
        WebElement narrative = page().findElement(By.id("score-narrative"));
        narrative.clear();
        narrative.sendKeys("Signed-in edit: the constitution review is overdue.");
        page().findElement(By.cssSelector("form[action$='/score'] button")).click();
        browser.open(theme);
        assertThat(page().findElement(By.id("score-narrative")).getAttribute("value")).contains("Signed-in edit");

        // A form like one another site would post: our page's form with the token taken out.
        ((JavascriptExecutor) page()).executeScript(
                "document.querySelectorAll('form[action$=\"/score\"] input[name=_csrf]').forEach(e => e.remove());");
        narrative = page().findElement(By.id("score-narrative"));
        narrative.clear();
        narrative.sendKeys("Forged");
        page().findElement(By.cssSelector("form[action$='/score'] button")).click();
        settle(d -> d.findElement(By.tagName("h1")).getText().equals("You do not have permission to do this"));
        assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo("You do not have permission to do this");
        browser.open(theme);
        assertThat(page().findElement(By.id("score-narrative")).getAttribute("value")).doesNotContain("Forged");

        page().findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        settle(d -> d.getCurrentUrl().contains("signed-out"));
        assertThat(page().findElement(By.className("govuk-notification-banner")).getText()).contains("You have signed out");
        browser.checkAccessibility();
        browser.open("/assessments/" + exampleId);
        assertThat(page().getCurrentUrl()).contains("/sign-in?next=");
    }

    @Test
    void an_authority_admin_gives_a_colleague_a_role() {
        Browser browser = served.browser;
        browser.signIn(ADMIN, Users.PASSWORD);
        browser.open("/authorities/E07000135/people");
        page().findElement(By.id("person-email")).sendKeys("reviewer@oadby-wigston.example");
        page().findElement(By.id("person-name")).sendKeys("Rev Iewer");
        new org.openqa.selenium.support.ui.Select(page().findElement(By.id("person-role"))).selectByVisibleText("Reviewer");
        page().findElement(By.cssSelector("form[action$='/people'] button")).click();
        settle(d -> !d.findElements(By.id("done")).isEmpty());
        browser.checkAccessibility();
        assertThat(page().findElement(By.id("done")).getText()).contains("Account created for reviewer@oadby-wigston.example as Reviewer");
        assertThat(page().findElement(By.id("people")).getText()).contains("Rev Iewer", "Reviewer", EDITOR);
        page().findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        settle(d -> d.getCurrentUrl().contains("signed-out"));
    }
}
