package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.bestvalue.Actor;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.MoveInput;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.auth.Grant;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Role;

/** A visitor who is not signed in reads published work in a real browser, and only published work. */
class PublicationJourneyTest {
    private static ServedWorkbench served;
    private static long published;
    private static long draft;

    @BeforeAll
    static void start() {
        served = new ServedWorkbench(TestApp.JUNE_2024, workbench -> {
            published = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            draft = workbench.assessments().create(Actor.installation(), new AssessmentInput("E07000135", "best-value-standards/2024",
                    "2024/25", "Self-assessment 2024/25 in preparation", "Chief Executive", "good-fair-poor", "theme", false, false)).id();
            Workflow workflow = workbench.workflow();
            Identity admin = new Identity(0, "admin@journey.invalid", "Installation admin", true, List.of(), Actor.installation());
            workflow.move(admin, published, new MoveInput("in_review", null, null, null, null));
            workflow.move(admin, published, new MoveInput("statutory_officers", null, null, null, null));
            for (Role officer : List.of(Role.HEAD_OF_PAID_SERVICE, Role.CHIEF_FINANCE_OFFICER, Role.MONITORING_OFFICER)) {
                workflow.comment(new Identity(1, officer.code() + "@journey.invalid", officer.label(), false,
                        List.of(new Grant("E07000135", officer)), Actor.user(1, officer.label())), published, null,
                        "The report is satisfactory.", "2024-05-20");
            }
            workflow.move(admin, published, new MoveInput("approved", null, null, null, null));
            workflow.move(admin, published, new MoveInput("reported", null, "Audit and Standards", "2024-05-29", "AS/24/17"));
            workflow.move(admin, published, new MoveInput("published", null, null, null, null));
        });
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void a_signed_out_visitor_reads_published_work_and_nothing_else() {
        Browser browser = served.browser;
        browser.open("/");
        browser.driver().findElement(By.linkText("Published self-assessments")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElements(By.cssSelector("main table a"))).extracting(e -> e.getAttribute("href"))
                .singleElement().asString().endsWith("/published/E07000135/2023-24");
        browser.driver().findElement(By.cssSelector("main table a")).click();
        browser.checkAccessibility();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Published", "Audit and Standards",
                "The report is satisfactory.", "Report and appendix (PDF)");

        browser.open("/published/E07000135/2024-25");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Nothing published here");
        browser.driver().get(browser.driver().getCurrentUrl().replaceAll("/published/.*", "/assessments/" + draft));
        assertThat(browser.driver().getCurrentUrl()).contains("/sign-in?next=");
        browser.driver().get(browser.driver().getCurrentUrl().replaceAll("/sign-in.*", "/assessments/" + published + "/sign-off"));
        assertThat(browser.driver().getCurrentUrl()).contains("/sign-in?next=");

        served.signedInAsAdmin();
        browser.open("/assessments/" + published + "/sign-off");
        assertThat(browser.driver().findElement(By.id("workflow-status")).getText()).isEqualTo("Published");
        assertThat(browser.driver().findElement(By.id("public-address")).getText()).isEqualTo("/published/E07000135/2023-24");
        browser.open("/assessments/" + draft + "/sign-off");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Outstanding", "Submit for review");
    }
}
