package uk.bestvalue.assessment;

import java.time.LocalDate;

/**
 * A reviewer's review of a theme's score, recorded before sign-off: agreement, or a challenge
 * (what the reviewer does not yet accept) that stands until the reviewer records agreement. A new
 * score clears either.
 *
 * @param challenge the reviewer's challenge, or null when the review is agreement
 */
public record ThemeReview(String themeCode, String reviewer, LocalDate reviewedOn, String challenge) {

    public ThemeReview(String themeCode, String reviewer, LocalDate reviewedOn) {
        this(themeCode, reviewer, reviewedOn, null);
    }

    public boolean agreed() {
        return challenge == null;
    }
}
