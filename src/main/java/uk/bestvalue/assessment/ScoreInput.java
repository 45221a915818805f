package uk.bestvalue.assessment;

/**
 * A score (a level code of the assessment's scale) and its narrative. Clearing a score is
 * explicit ({@code clear}); a missing score without it is an error wherever the score is given
 * directly. {@code changeReason} says, in the officer's words, why a theme's score changed since
 * the year before. {@code version} is the version of the score the edit was made from (0 for a
 * score not saved before); a save from an older version is refused. Null saves whatever is stored.
 */
public record ScoreInput(String score, String narrative, Boolean clear, String changeReason, Integer version) {

    public ScoreInput(String score, String narrative) {
        this(score, narrative, null, null, null);
    }

    public ScoreInput(String score, String narrative, Boolean clear, String changeReason) {
        this(score, narrative, clear, changeReason, null);
    }

    boolean clears() {
        return Boolean.TRUE.equals(clear);
    }
}
