package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Engine;

/**
 * A file of thousands of bad rows is refused, or imported without them, keeping only the first
 * thousand problems to show and counting every one: memory does not grow with the number of bad rows.
 */
class BoundedProblemsTest {
    private static final String RECYCLING = "household-waste-recycling-rate";
    private static final int BAD = 5_000;

    private static byte[] file() {
        StringBuilder csv = new StringBuilder("authority_code,metric,period,value\nE07000135," + RECYCLING + ",2023/24,12.5\n");
        for (int i = 0; i < BAD; i++) {
            csv.append("E07000136,").append(RECYCLING).append(",2023/24,not a number ").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_refused_file_keeps_the_first_thousand_problems_and_counts_them_all() {
        try (Workbench workbench = ExplorerTest.loaded(Engine.H2)) {
            assertThatThrownBy(() -> workbench.explorer().importValues(new ImportRequest("bad.csv", file(), null, false, null, null, "test", null)))
                    .isInstanceOfSatisfying(ValuesRejected.class, e -> {
                        assertThat(e.count()).isEqualTo(BAD);
                        assertThat(e.problems()).hasSize(ProblemList.KEPT);
                        assertThat(e.problems().get(0).row()).isEqualTo(3);
                        assertThat(e.getMessage()).contains(BAD + " problems", "and " + (BAD - 20) + " more");
                    });
        }
    }

    @Test
    void skipping_bad_rows_reports_how_many_were_skipped_though_only_the_first_are_kept() {
        try (Workbench workbench = ExplorerTest.loaded(Engine.H2)) {
            ImportResult result = workbench.explorer().importValues(new ImportRequest("bad.csv", file(), null, true, null, null, "test", null));

            assertThat(result.rows()).isEqualTo(1);
            assertThat(result.skippedCount()).isEqualTo(BAD);
            assertThat(result.skipped()).hasSize(ProblemList.KEPT);
            assertThat(result.skippedByReason()).containsEntry("value", BAD);
            assertThat(result.summary()).contains("5,000 skipped");
        }
    }
}
