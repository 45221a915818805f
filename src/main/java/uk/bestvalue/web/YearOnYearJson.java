package uk.bestvalue.web;

import java.time.LocalDate;
import java.util.List;
import uk.bestvalue.assessment.YearOnYear;

/** Year on year as the API gives it. */
record YearOnYearJson(long assessment, String period, Long previousAssessment, String previousPeriod, List<ThemeJson> themes,
                      List<ActionJson> completed, List<ActionJson> opened, List<ActionJson> carried) {

    record ThemeJson(String code, String name, String then, String now, String direction) {
    }

    static YearOnYearJson of(YearOnYear y, LocalDate today) {
        return new YearOnYearJson(y.current().id(), y.current().period().value(),
                y.previous() == null ? null : y.previous().id(), y.previous() == null ? null : y.previous().period().value(),
                y.themes().stream().map(t -> new ThemeJson(t.themeCode(), t.themeName(), t.then() == null ? null : t.then().code(),
                        t.now() == null ? null : t.now().code(), t.direction().id())).toList(),
                y.completed().stream().map(a -> ActionJson.of(a, today)).toList(),
                y.opened().stream().map(a -> ActionJson.of(a, today)).toList(),
                y.carried().stream().map(a -> ActionJson.of(a, today)).toList());
    }
}
