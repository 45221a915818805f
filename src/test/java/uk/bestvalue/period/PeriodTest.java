package uk.bestvalue.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void readsTheFormsPublishersUseForAFinancialYearAndWritesItOneWay() {
        for (String form : List.of("2023/24", "2023-24", " 2023 / 24 ", "2023-2024", "FYE 2024", "fye2024", "FY 2023/24", "2023–24",
                "2023-04-01/P1Y")) {
            Period p = Period.parse(form);
            assertThat(p.type()).as(form).isEqualTo(PeriodType.FINANCIAL_YEAR);
            assertThat(p).as(form).hasToString("2023/24");
            assertThat(p.start()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(p.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        }
    }

    @Test
    void readsCalendarYearsQuartersMonthsDatesAndRollingWindows() {
        assertThat(Period.parse("2023")).hasToString("2023").extracting(Period::type).isEqualTo(PeriodType.CALENDAR_YEAR);
        assertThat(Period.parse("2023-01-01/P1Y")).hasToString("2023");
        assertThat(Period.parse("2025 Q3")).hasToString("2025 Q3").extracting(Period::end).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Period.parse("Q3 2025")).isEqualTo(Period.parse("2025-Q3")).isEqualTo(Period.parse("2025-07-01/P3M"));
        assertThat(Period.parse("June 2023")).hasToString("June 2023").isEqualTo(Period.parse("Jun 2023")).isEqualTo(Period.parse("2023M06"));
        assertThat(Period.parse("2025-04-30")).hasToString("2025-04-30").isEqualTo(Period.parse("30/04/2025"))
                .extracting(Period::type).isEqualTo(PeriodType.DATE);
        Period planning = Period.parse("24 months to 2025-09-30");
        assertThat(planning.type()).isEqualTo(PeriodType.ROLLING);
        assertThat(planning.start()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(planning).isEqualTo(Period.parse("24 months ending September 2025")).isEqualTo(Period.parse("2023-10-01/P24M"));
        assertThat(planning).hasToString("24 months to 2025-09-30");
    }

    @Test
    void refusesWhatIsNotAPeriodAndSaysWhatWasExpected() {
        for (String bad : List.of("", "2023/25", "2023-13-01", "31/02/2024", "Smarch 2023", "1850", "2100", "2023 Q5", "FYE", "twenty")) {
            assertThat(Period.tryParse(bad)).as(bad).isEmpty();
        }
        assertThatThrownBy(() -> Period.financialYear("2023")).hasMessageContaining("not a financial year such as 2023/24")
                .hasMessageContaining("calendar year");
        assertThatThrownBy(() -> Period.parse("2023/25")).hasMessageContaining("'2023/25' is not a period");
    }

    @Test
    void sortsInTimeWithinAKindAndKeepsKindsApart() {
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2010/11"), Period.parse("2009/10"), Period.parse("2024"),
                Period.parse("2023/24"), Period.parse("2019")));
        Collections.sort(periods);
        assertThat(periods).extracting(Period::toString).containsExactly("2009/10", "2010/11", "2023/24", "2019", "2024");
        assertThat(Period.parse("2023/24").sameTypeAs(Period.parse("2022/23"))).isTrue();
        assertThat(Period.parse("2023/24").sameTypeAs(Period.parse("2023"))).isFalse();
        assertThat(Period.parse("24 months to 2025-09-30").sameTypeAs(Period.parse("12 months to 2025-09-30"))).isFalse();
    }

    @Test
    void knowsWhatComesNext() {
        assertThat(Period.parse("2023/24").next()).hasToString("2024/25");
        assertThat(Period.parse("2099/00").startYear()).isEqualTo(2099);
        assertThat(Period.parse("2025 Q4").next()).hasToString("2026 Q1");
        assertThat(Period.parse("December 2025").next()).hasToString("January 2026");
        assertThat(Period.parse("24 months to 2025-09-30").next()).hasToString("24 months to 2025-10-31");
    }

    @Test
    void a_period_reads_as_people_say_it_and_text_that_is_not_one_is_shown_as_it_is() {
        assertThat(Period.parse("2026-03-24").label()).isEqualTo("24 March 2026");
        assertThat(Period.parse("24 months to 2025-09-30").label()).isEqualTo("24 months to 30 September 2025");
        assertThat(Period.parse("2023/24").label()).isEqualTo("2023/24");
        assertThat(Period.parse("June 2023").label()).isEqualTo("June 2023");
        assertThat(Period.label("mid-2020")).isEqualTo("mid-2020");
        assertThat(Period.label(null)).isNull();
    }
}
