package uk.bestvalue.assessment;

/**
 * A theme's score and narrative. {@code levelCode} is null when not scored yet; {@code derived}
 * is true when the level was worked out from the theme's criterion scores rather than given;
 * {@code changeReason} says why the score changed since the year before, or is null; {@code version}
 * is the stored row's version (0 when never saved), which an edit of it is made from.
 */
public record ThemeScore(long themeId, String themeCode, String levelCode, String narrative, boolean derived, String changeReason,
                         int version) {

    public ThemeScore(long themeId, String themeCode, String levelCode, String narrative, boolean derived, String changeReason) {
        this(themeId, themeCode, levelCode, narrative, derived, changeReason, 0);
    }

    public ThemeScore(long themeId, String themeCode, String levelCode, String narrative, boolean derived) {
        this(themeId, themeCode, levelCode, narrative, derived, null);
    }

    public boolean isScored() {
        return levelCode != null;
    }
}
