package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
}
