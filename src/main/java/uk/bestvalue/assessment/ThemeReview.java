package uk.bestvalue.assessment;

import java.time.LocalDate;

/** A reviewer's agreement with a theme's score, recorded before sign-off; a new score clears it. */
public record ThemeReview(String themeCode, String reviewer, LocalDate reviewedOn) {
}
