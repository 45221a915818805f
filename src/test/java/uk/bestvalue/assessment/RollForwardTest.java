package uk.bestvalue.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.period.Period;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class RollForwardTest {

    private static Assessment example(String title) {
        LocalDateTime now = LocalDateTime.of(2024, 4, 1, 9, 0);
        return new Assessment(1, new OnsCode("E07000135"), 1, "best-value-standards/2023-draft", Period.financialYear("2023/24"), title, "Director",
                AssessmentStatus.DRAFT, "good-fair-poor", Scoring.THEME, false, true, null, now, now, null);
    }

    @Test
    void the_next_years_title_moves_the_year_on_and_an_example_stays_labelled() {
        String title = YearToYear.nextTitle(example("Example: self-assessment against the Best Value Standards 2023/24"), Period.financialYear("2024/25"));

        assertThat(title).isEqualTo("Example: self-assessment against the Best Value Standards 2024/25");
    }

    @EachEngine
    void rolling_the_example_forward_gives_another_example_with_its_actions_history(Engine engine) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine))) {
            workbench.loadShippedData();
            Assessment example = workbench.exchange().loadExampleIfAbsent().orElseThrow();

            Assessment next = workbench.years().rollForward(Actor.installation(), example.id(), null, null);

            assertThat(next.example()).as("it carries the example's made-up evidence and actions").isTrue();
            assertThat(next.title()).startsWith("Example:");
            AssessmentView view = workbench.assessments().view(next.id());
            assertThat(view.actions()).isNotEmpty().allSatisfy(a -> assertThat(a.isCarried()).isTrue());
            long notesBefore = workbench.assessments().view(example.id()).openActions().stream().mapToLong(a -> a.updates().size()).sum();
            assertThat(view.actions().stream().mapToLong(a -> a.updates().size()).sum()).isEqualTo(notesBefore);
        }
    }
}
