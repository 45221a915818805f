package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

class ReportDraftTest {

    @EachEngine
    void the_first_draft_is_written_from_the_assessment_and_edits_are_kept(Engine engine) {
        try (ReportFixture fixture = new ReportFixture(engine)) {
            ReportDraft draft = fixture.workbench.reports().draft(fixture.assessmentId);

            assertThat(draft.meetingDate()).isEqualTo("2024-04-16");
            assertThat(draft.objectives()).containsExactly("SO1", "SO2");
            assertThat(draft.introduction()).contains("- Continuous Improvement", "- Good – Good governance exists");
            assertThat(draft.futureActivities()).contains("carried out again at the end of 2024/25");
            assertThat(draft.officerComments()).extracting(ReportDraft.OfficerComment::role)
                    .containsExactly("Head of Paid Service", "Chief Finance Officer", "Monitoring Officer");
        }
    }

    @EachEngine
    void a_draft_with_bad_fields_is_refused_naming_each(Engine engine) {
        try (ReportFixture fixture = new ReportFixture(engine)) {
            ReportDraft good = fixture.workbench.reports().draft(fixture.assessmentId);
            ReportDraft bad = new ReportDraft(good.committee(), "16 April", "for noting", "", good.authors(), good.purpose(), good.summary(),
                    good.recommendations(), good.contacts(), List.of("SO9"), good.values(), good.implications(),
                    List.of(new ReportDraft.OfficerComment("Monitoring Officer", "Fine", "yesterday")), good.consultees(),
                    List.of(new ReportDraft.Paper("Minutes", "ftp://example.org")), good.introduction(), good.futureActivities());

            assertThatThrownBy(() -> fixture.workbench.reports().saveDraft(Actor.installation(), fixture.assessmentId, bad))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("title", "meetingDate", "status", "objectives[1]",
                                    "backgroundPapers[1].link"));
            assertThat(fixture.workbench.reports().draft(fixture.assessmentId)).isEqualTo(good);
        }
    }

    @EachEngine
    void settings_refuse_a_logo_that_is_not_an_image(Engine engine) {
        try (ReportFixture fixture = new ReportFixture(engine)) {
            AuthoritySettings settings = fixture.workbench.reports().settings(ReportFixture.OADBY);
            AuthoritySettings bad = new AuthoritySettings(settings.displayName(), "data:text/html;base64,PGgxPg==", settings.objectives(),
                    settings.vision(), settings.values(), List.of(new Coded("CR1", "One"), new Coded("CR1", "Two")), settings.contacts(),
                    settings.committees());

            assertThatThrownBy(() -> fixture.workbench.reports().saveSettings(ReportFixture.OADBY, bad))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("logoDataUri", "risks[2].code"));
        }
    }
}
