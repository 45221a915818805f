package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.store.Engine;

/** The body's paragraphs written from the assessment follow it when it changes, without overwriting the officer's words. */
class FreshTextTest {
    private ReportFixture fixture;
    private Reports reports;
    private long id;

    @BeforeEach
    void start() {
        fixture = new ReportFixture(Engine.H2, false);
        reports = fixture.workbench.reports();
        id = fixture.assessmentId;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_saved_draft_is_fresh_until_the_assessment_changes() {
        assertThat(reports.stale(id)).isEmpty();

        addAction();

        assertThat(reports.stale(id)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("actions");
            assertThat(p.label()).isEqualTo("Future activities: the follow-on actions");
            assertThat(p.was()).contains("identified 5 follow-on actions");
            assertThat(p.now()).contains("identified 6 follow-on actions", "Publish the action plan (Head of Democratic Services)");
            assertThat(p.edited()).isFalse();
        });
    }

    @Test
    void regenerating_rewrites_the_paragraph_and_keeps_the_officers_other_edits() {
        ReportDraft d = reports.draft(id);
        reports.saveDraft(Actor.installation(), id, edited(d, d.introduction(), d.futureActivities().replace("The council will continue", "The council, as agreed, will continue")
                .replace("\n", "\r\n")));
        addAction();

        ReportDraft after = reports.regenerate(Actor.installation(), id, "actions");

        assertThat(after.futureActivities()).contains("identified 6 follow-on actions", "The council, as agreed, will continue");
        assertThat(reports.stale(id)).isEmpty();
        assertThat(reports.draft(id).futureActivities()).isEqualTo(after.futureActivities());
    }

    @Test
    void a_paragraph_the_officer_edited_is_never_overwritten() {
        ReportDraft d = reports.draft(id);
        String mine = d.futureActivities().replace("The self-assessment identified 5 follow-on actions", "We agreed five actions");
        reports.saveDraft(Actor.installation(), id, edited(d, d.introduction(), mine));
        addAction();

        assertThat(reports.stale(id)).singleElement().extracting(StaleParagraph::edited).isEqualTo(true);
        ReportDraft after = reports.regenerate(Actor.installation(), id, "all");

        assertThat(after.futureActivities()).isEqualTo(mine);
        assertThat(reports.stale(id)).isEmpty();
    }

    @Test
    void only_paragraphs_written_from_the_assessment_can_be_regenerated() {
        assertThatThrownBy(() -> reports.regenerate(Actor.installation(), id, "recommendations")).isInstanceOf(Invalid.class);
    }

    private void addAction() {
        fixture.workbench.actions().add(Actor.installation(), id, new ActionInput("Publish the action plan", "Head of Democratic Services", "2025-03-31",
                "not_started", null, "GOV", List.of()));
    }

    private static ReportDraft edited(ReportDraft d, String introduction, String future) {
        return new ReportDraft(d.committee(), d.meetingDate(), d.status(), d.title(), d.authors(), d.purpose(), d.summary(),
                d.recommendations(), d.contacts(), d.objectives(), d.values(), d.implications(), d.officerComments(), d.consultees(),
                d.backgroundPapers(), introduction, future);
    }
}
