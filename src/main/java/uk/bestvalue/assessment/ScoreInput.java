package uk.bestvalue.assessment;

/**
 * A score (a level code of the assessment's scale) and its narrative. Clearing a score is
 * explicit ({@code clear}); a missing score without it is an error wherever the score is given
 * directly. {@code changeReason} says, in the officer's words, why a theme's score changed since
 * the year before.
 */
public record ScoreInput(String score, String narrative, Boolean clear, String changeReason) {

    public ScoreInput(String score, String narrative) {
        this(score, narrative, null, null);
    }

    boolean clears() {
        return Boolean.TRUE.equals(clear);
    }
}
