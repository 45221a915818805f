package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Choosing an authority by typing part of its name or its ONS code, with the GOV.UK accessible autocomplete. */
class AuthorityAutocompleteJourneyTest {
    private static ServedWorkbench served;
    private static Browser browser;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(TestApp.JUNE_2024, workbench -> workbench.explorer().loadShipped()).signedInAsAdmin();
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

    /** Types into the box, waits for the option, then picks it with the keyboard as a screen reader user would. */
    private static void choose(String inputId, String typed, String option) {
        WebElement input = page().findElement(By.id(inputId));
        input.sendKeys(typed);
        List<String> options = new WebDriverWait(page(), Duration.ofSeconds(5)).until(d -> {
            List<String> shown = d.findElements(By.cssSelector("#" + inputId + "__listbox li")).stream().map(WebElement::getText).toList();
            return shown.contains(option) ? shown : null;
        });
        browser.checkAccessibility();
        for (int i = 0; i <= options.indexOf(option); i++) {
            page().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        page().switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    @Test
    void a_metric_is_shown_for_an_authority_found_by_part_of_its_name() {
        browser.open("/metrics/household-waste-recycling-rate");

        choose("choose-authority", "wigst", "Oadby and Wigston");
        page().findElement(By.cssSelector("form.bv-filters button")).click();

        // The click only starts the navigation: wait for the page it asked for before reading its address.
        new WebDriverWait(page(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("authority="));
        assertThat(page().getCurrentUrl()).contains("authority=E07000135");
        browser.checkAccessibility();
    }

    @Test
    void a_group_is_built_by_choosing_councils_by_name_or_code_then_renamed_and_deleted() {
        browser.open("/groups");

        choose("group-choose", "Oadby", "Oadby and Wigston");
        choose("group-choose", "E07000129", "Blaby");
        page().findElement(By.id("group-name")).sendKeys("South Leicestershire pair");
        page().findElement(By.xpath("//button[normalize-space(.)='Save group']")).click();
        browser.checkAccessibility();
        assertThat(page().findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("The group has been saved");

        page().findElement(By.linkText("South Leicestershire pair")).click();
        browser.checkAccessibility();
        assertThat(page().findElement(By.tagName("body")).getText()).contains("2 members: Blaby, Oadby and Wigston");
        WebElement name = page().findElement(By.id("group-name"));
        name.clear();
        name.sendKeys("Blaby and Oadby");
        page().findElement(By.xpath("//button[normalize-space(.)='Save group']")).click();
        // Wait for the page the save leads to, not the heading of the one being left.
        new WebDriverWait(page(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("saved=yes") && d.findElement(By.tagName("h1")).getText().equals("Blaby and Oadby"));
        page().findElement(By.xpath("//button[normalize-space(.)='Delete group']")).click();
        new WebDriverWait(page(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("saved=deleted"));
        browser.checkAccessibility();
        assertThat(page().findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("deleted");
        assertThat(page().findElements(By.linkText("Blaby and Oadby"))).isEmpty();
    }
}
