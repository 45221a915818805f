package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A council's admin starts a benchmarking network, opts in to share scores and shares a figure under embargo, in a real browser. */
class NetworkJourneyTest {
    private static ServedWorkbench served;
    private static Browser browser;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(java.time.Clock.systemDefaultZone(), workbench -> { }).signedInAsAdmin();
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void starts_a_network_shares_with_it_and_sees_it_on_the_network_page() throws java.io.IOException {
        browser.open("/authorities/E07000135/networks");
        browser.driver().findElement(By.id("network-name")).sendKeys("Leicestershire districts");
        browser.driver().findElement(By.id("network-members")).sendKeys("E07000129, E07000999");
        browser.driver().findElement(By.cssSelector("form[action='/authorities/E07000135/networks'] button")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText()).contains("'E07000999' is not the ONS code");

        browser.driver().findElement(By.id("network-members")).clear();
        browser.driver().findElement(By.id("network-members")).sendKeys("E07000129");
        browser.driver().findElement(By.cssSelector("form[action='/authorities/E07000135/networks'] button")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Leicestershire districts");
        assertThat(browser.driver().findElement(By.id("members")).getText()).contains("Oadby and Wigston", "Blaby");
        assertThat(browser.driver().findElement(By.id("no-scores")).getText()).contains("only published assessments");

        browser.open("/authorities/E07000135/networks");
        browser.driver().findElement(By.cssSelector("input[name='shares'][value='yes']")).click();
        browser.driver().findElement(By.cssSelector("form[action$='/sharing'] button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("done=") || !d.findElements(By.className("govuk-error-summary")).isEmpty()
                        || d.getPageSource().contains("problem"));
        assertThat(browser.driver().getCurrentUrl()).as(browser.driver().findElement(By.tagName("main")).getText()).contains("done=sharing");
        assertThat(browser.driver().findElement(By.className("govuk-notification-banner")).getText()).contains("sharing published scores");
        browser.driver().findElement(By.cssSelector("form[action$='/shares'] input[name='title']")).sendKeys("Recycling 2025/26, unaudited");
        browser.driver().findElement(By.cssSelector("form[action$='/shares'] textarea[name='body']")).sendKeys("41.2 %");
        browser.driver().findElement(By.cssSelector("form[action$='/shares'] input[name='embargo']")).sendKeys("2099-01-31");
        browser.driver().findElement(By.cssSelector("form[action$='/shares'] button")).click();
        browser.checkAccessibility();

        browser.driver().findElement(By.linkText("Leicestershire districts")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.className("bv-share")).getText()).contains("Recycling 2025/26", "members only until 31 January 2099");
        assertThat(browser.driver().findElement(By.id("not-shown")).getText()).contains("Oadby and Wigston has no published self-assessment yet");
        browser.open("/authorities/E07000129");
        assertThat(browser.driver().findElement(By.id("networks")).getText()).contains("Leicestershire districts (2 members)");
        String screenshots = System.getProperty("bv.screenshots");
        if (screenshots != null) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1600));
            java.nio.file.Files.write(java.nio.file.Path.of(screenshots, "network.png"),
                    browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            browser.open("/authorities/E07000135/networks");
            java.nio.file.Files.write(java.nio.file.Path.of(screenshots, "authority-networks.png"),
                    browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    /** What a click leads to: waits for the address to say the change was made, then reads the banner. */
    private static String after(String done) {
        // The page being left may itself say done=: wait for this change's own answer (or an error), not any.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().endsWith("done=" + done) || !d.findElements(By.className("govuk-error-summary")).isEmpty());
        String url = browser.driver().getCurrentUrl();
        if (!url.endsWith("done=" + done)) {
            throw new AssertionError(url + " does not end with done=" + done + ": " + browser.driver().findElement(By.tagName("main")).getText());
        }
        browser.checkAccessibility();
        return browser.driver().findElement(By.className("govuk-notification-banner")).getText();
    }

    private static void screenshot(String name) throws java.io.IOException {
        String screenshots = System.getProperty("bv.screenshots");
        if (screenshots != null) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1600));
            java.nio.file.Files.write(java.nio.file.Path.of(screenshots, name),
                    browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    @Test
    void the_convenor_corrects_and_removes_what_it_entered_and_a_member_its_shared_data() throws java.io.IOException {
        String melton = "/authorities/E07000133/networks";
        browser.open(melton);
        browser.driver().findElement(By.id("network-name")).sendKeys("Rutland and Melton pilot");
        browser.driver().findElement(By.id("network-members")).sendKeys("E07000132");
        browser.driver().findElement(By.cssSelector("form[action='" + melton + "'] button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/networks/"));
        String id = browser.driver().getCurrentUrl().replaceAll("^.*/networks/(\\d+).*$", "$1");

        // A member is found by name, and an empty code is asked for by name
        browser.open(melton);
        browser.driver().findElement(By.cssSelector("form[action$='/members'] button")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText()).contains("Enter the council's ONS code");
        WebElement choose = browser.driver().findElement(By.id("choose-" + id));
        choose.sendKeys("Harbor");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("#choose-" + id + "__listbox li")).stream().anyMatch(e -> e.getText().equals("Harborough")));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.driver().findElement(By.id("member-" + id + "-member")).getAttribute("value")).isEqualTo("E07000131");
        screenshot("authority-networks-convenor.png");
        browser.driver().findElement(By.cssSelector("form[action$='/members'] button")).click();
        assertThat(after("added")).contains("The member has been added");

        // Renamed and described on the convenor's page, where a member is also taken out
        browser.driver().findElement(By.id("manage-" + id)).click();
        browser.checkAccessibility();
        WebElement name = browser.driver().findElement(By.id("network-name"));
        name.clear();
        name.sendKeys("Melton and neighbours");
        browser.driver().findElement(By.id("network-description")).sendKeys("Districts around Melton");
        screenshot("network-edit.png");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Save name and description']")).click();
        assertThat(after("saved")).contains("name and description have been saved");
        browser.open(melton + "/" + id);
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Remove Hinckley and Bosworth']")).click();
        assertThat(after("removed")).contains("The member has been removed from the network");

        // Shared with a date written as people write it, then corrected, then taken back
        browser.driver().findElement(By.cssSelector("form[action$='/" + id + "/shares'] input[name='title']")).sendKeys("Planning speed, draft");
        browser.driver().findElement(By.cssSelector("form[action$='/" + id + "/shares'] textarea[name='body']")).sendKeys("93 % in time");
        browser.driver().findElement(By.cssSelector("form[action$='/" + id + "/shares'] input[name='embargo']")).sendKeys("31/12/2099");
        browser.driver().findElement(By.cssSelector("form[action$='/" + id + "/shares'] button")).click();
        assertThat(after("shared")).contains("Shared with the network");
        browser.driver().findElement(By.partialLinkText("Change or remove")).click();
        browser.checkAccessibility();
        WebElement embargo = browser.driver().findElement(By.id("share-embargo"));
        assertThat(embargo.getAttribute("value")).isEqualTo("31/12/2099");
        embargo.clear();
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Save changes']")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText()).contains("Enter the date from which everyone may see it");
        screenshot("network-share-error.png");
        browser.driver().findElement(By.id("share-embargo")).sendKeys("1/6/2099");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Save changes']")).click();
        assertThat(after("reshared")).contains("Your changes to what you shared have been saved");
        assertThat(browser.driver().findElement(By.id("shared-" + id)).getText()).contains("public from 1 June 2099");
        browser.driver().findElement(By.partialLinkText("Change or remove")).click();
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Remove what you shared']")).click();
        assertThat(after("unshared")).contains("What you shared has been removed");

        browser.open(melton + "/" + id);
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Delete Melton and neighbours']")).click();
        assertThat(after("deleted")).contains("The network has been deleted");
        browser.open("/networks");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Melton and neighbours");
    }
}
