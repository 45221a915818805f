package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import uk.bestvalue.neighbours.Neighbours;
import uk.bestvalue.neighbours.NeighboursTestFiles;

/** An officer looks up who the council's nearest neighbours are, and why, then compares the council with them, in a real browser. */
class NeighbourJourneyTest {
    private static ServedWorkbench served;
    private static Browser browser;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(java.time.Clock.systemDefaultZone(), workbench -> {
            workbench.explorer().loadShipped(NeighboursTestFiles.MODEL_FILES::contains);
            workbench.neighbours().loadShipped(key -> key.equals(Neighbours.ONS_GLOBAL) || key.equals(workbench.neighbours().modelKey()));
        });
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void the_authority_page_lists_the_neighbours_with_distance_and_why_in_either_set() throws Exception {
        browser.open("/authorities/E06000001");
        assertThat(browser.driver().findElements(By.cssSelector("#neighbours tbody tr"))).hasSize(20);
        assertThat(browser.driver().findElement(By.id("outside-the-data")).getText()).contains("1 of these neighbours are outside the data");
        assertThat(browser.driver().findElement(By.cssSelector("#neighbours tbody tr:nth-child(6)")).getText())
                .contains("W06000022", "Outside the data");

        new Select(browser.driver().findElement(By.id("choose-set"))).selectByVisibleText("Contextual neighbours (Best Value Workbench model, version 1)");
        browser.driver().findElement(By.cssSelector(".bv-filters button")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().getCurrentUrl()).contains("set=bestvalue-context-v1");
        assertThat(browser.driver().findElements(By.cssSelector("#neighbours tbody tr"))).hasSize(15);
        String first = browser.driver().findElement(By.cssSelector("#neighbours tbody tr")).getText();
        assertThat(first).matches("(?s)1 .* \\d+\\.\\d\\d .*");
        String screenshots = System.getProperty("bv.screenshots");
        if (screenshots != null) {
            Files.write(Path.of(screenshots, "authority-neighbours.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void the_dashboard_and_a_metric_page_compare_the_council_with_its_neighbours() {
        browser.open("/authorities/E07000135/metrics?group=neighbours");
        assertThat(browser.driver().findElement(By.id("dashboard-group")).getText()).contains("Nearest neighbours: ONS similar councils (global)");

        browser.open("/metrics/household-waste-recycling-rate?authority=E07000135&group=neighbours&period=2023/24");
        assertThat(new Select(browser.driver().findElement(By.id("choose-group"))).getFirstSelectedOption().getText()).isEqualTo("Nearest neighbours");
        assertThat(browser.driver().findElement(By.tagName("h2")).getText()).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#comparison-table tbody tr"))).hasSizeBetween(16, 21);
    }
}
