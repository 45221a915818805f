package uk.bestvalue.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.EvidenceUse;
import uk.bestvalue.assessment.Stance;
import uk.bestvalue.report.EvidenceFigure;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A signal offered on a theme page is accepted as evidence with its figures frozen, or dismissed with a reason; both audited. */
class SuggestedEvidenceTest {

    private record Setup(CraftedData data, long assessmentId) implements AutoCloseable {
        SuggestedEvidence suggestions() {
            return data.workbench.suggestions();
        }

        Flag flag(String rule) {
            return suggestions().forTheme(assessmentId, "SD").stream().map(Suggestion::flag).filter(f -> f.ruleId().equals(rule)).findFirst()
                    .orElseThrow();
        }

        @Override
        public void close() {
            data.workbench.close();
        }
    }

    private static Setup setup(Engine engine) {
        CraftedData data = new CraftedData(engine);
        data.workbench.warnings().importRules("crafted", CraftedData.RULES.getBytes(StandardCharsets.UTF_8));
        data.load();
        long id = data.workbench.assessments().create(Actor.installation(), new AssessmentInput(data.d.get(0), "best-value-standards/2024",
                "2024/25", "Self-assessment 2024/25", "Chief Executive", "good-fair-poor", "theme", false, false)).id();
        return new Setup(data, id);
    }

    @EachEngine
    void an_accepted_signal_becomes_evidence_that_shows_its_indicator_with_its_figures_frozen(Engine engine) {
        try (Setup s = setup(engine)) {
            Flag flag = s.flag("score-worst-quarter");

            EvidenceUse use = s.suggestions().accept(Actor.installation(), s.assessmentId(), flag.id(), null);

            assertThat(use.item().title()).isEqualTo(flag.title());
            assertThat(use.item().description()).startsWith(flag.explanation()).contains("Caveat: Made up.");
            assertThat(use.links()).singleElement().satisfies(l -> {
                assertThat(l.criterionCode()).isEqualTo("SD-F1");
                assertThat(l.stance()).isEqualTo(Stance.SHOWS);
            });
            EvidenceFigure figure = s.data().workbench.reports().figures(s.assessmentId()).stream()
                    .filter(f -> f.evidenceId() == use.item().id()).findFirst().orElseThrow();
            assertThat(figure.value()).isEqualTo(30.0);
            assertThat(figure.lowerQuartile()).isEqualTo(66.0);
            assertThat(figure.median()).isEqualTo(72.0);
            assertThat(figure.period()).isEqualTo("2023/24");
            assertThat(figure.groupLabel()).isEqualTo("All shire districts");
            assertThat(s.suggestions().forTheme(s.assessmentId(), "SD")).noneMatch(x -> x.flag().id() == flag.id());
            assertThat(s.suggestions().decisions(s.assessmentId())).singleElement()
                    .satisfies(d -> assertThat(d.evidenceId()).isEqualTo(use.item().id()));
            assertThat(s.data().workbench.audit().forEntity("warning_decision", String.valueOf(flag.id())))
                    .extracting(e -> e.action()).containsExactly("accept");
        }
    }

    @EachEngine
    void a_dismissed_signal_needs_a_reason_is_audited_and_is_no_longer_offered(Engine engine) {
        try (Setup s = setup(engine)) {
            Flag flag = s.flag("score-drop");

            assertThatThrownBy(() -> s.suggestions().dismiss(Actor.installation(), s.assessmentId(), flag.id(), "  "))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(x -> x.field()).containsExactly("reason"));
            s.suggestions().dismiss(Actor.installation(), s.assessmentId(), flag.id(), "A one-off: the depot fire in 2023.");

            assertThat(s.suggestions().forTheme(s.assessmentId(), "SD")).noneMatch(x -> x.flag().id() == flag.id());
            assertThat(s.suggestions().decisions(s.assessmentId())).singleElement()
                    .satisfies(d -> assertThat(d.reason()).isEqualTo("A one-off: the depot fire in 2023."));
            assertThat(s.data().workbench.audit().forEntity("warning_decision", String.valueOf(flag.id()))).hasSize(1);
            assertThatThrownBy(() -> s.suggestions().accept(Actor.installation(), s.assessmentId(), flag.id(), null))
                    .isInstanceOf(Conflict.class);
        }
    }

    @EachEngine
    void only_an_indicator_the_signal_speaks_to_can_be_shown(Engine engine) {
        try (Setup s = setup(engine)) {
            Flag flag = s.flag("two-at-once");

            assertThatThrownBy(() -> s.suggestions().accept(Actor.installation(), s.assessmentId(), flag.id(), "SD-C1"))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.getMessage()).contains("SD-F1, SD-F2"));
            EvidenceUse use = s.suggestions().accept(Actor.installation(), s.assessmentId(), flag.id(), "SD-F2");

            assertThat(use.links()).extracting(l -> l.criterionCode()).containsExactly("SD-F2");
            // A combination carries the figures its rules read: here both read crafted-score in 2023/24, so one figure.
            assertThat(s.data().workbench.reports().figures(s.assessmentId())).filteredOn(f -> f.evidenceId() == use.item().id())
                    .singleElement().satisfies(f -> {
                        assertThat(f.metricId()).isEqualTo("crafted-score");
                        assertThat(f.value()).isEqualTo(30.0);
                        assertThat(f.groupLabel()).isEqualTo("All shire districts");
                    });
        }
    }

    @EachEngine
    void a_closed_signal_is_not_offered_and_cannot_be_accepted(Engine engine) {
        try (Setup s = setup(engine)) {
            Flag flag = s.flag("score-below-40");
            s.data().importCsv("better.csv", "authority_code,metric,period,value\n" + s.data().d.get(0) + ",crafted-score,2023/24,95\n");

            assertThat(s.suggestions().forTheme(s.assessmentId(), "SD")).extracting(x -> x.flag().ruleId()).doesNotContain("score-below-40");
            assertThatThrownBy(() -> s.suggestions().accept(Actor.installation(), s.assessmentId(), flag.id(), null)).isInstanceOf(Conflict.class);
            assertThat(List.of(flag.severity())).containsExactly(Severity.HIGH);
        }
    }

    @org.junit.jupiter.api.Test
    void a_top_score_with_open_high_severity_signals_or_a_bottom_score_with_none_is_pointed_out() {
        try (Setup s = setup(Engine.H2)) {
            var assessments = s.data().workbench.assessments();
            assessments.scoreTheme(Actor.installation(), s.assessmentId(), "SD", new uk.bestvalue.assessment.ScoreInput("good", null, false, null));
            assessments.scoreTheme(Actor.installation(), s.assessmentId(), "RES", new uk.bestvalue.assessment.ScoreInput("poor", null, false, null));
            assessments.scoreTheme(Actor.installation(), s.assessmentId(), "GOV", new uk.bestvalue.assessment.ScoreInput("poor", null, false, null));

            List<Inconsistency> found = s.suggestions().inconsistencies(s.assessmentId());

            assertThat(found).extracting(Inconsistency::themeCode).containsExactly("RES", "SD");
            assertThat(found.get(1).message()).contains("the top of the scale", "2 high-severity signals", "Score below 40");
            assertThat(found.get(0).message()).contains("the bottom of the scale", "raises no signal");
        }
    }
}
