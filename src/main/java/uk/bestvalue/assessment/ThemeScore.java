package uk.bestvalue.assessment;

/**
 * A theme's score and narrative. {@code levelCode} is null when not scored yet; {@code derived}
 * is true when the level was worked out from the theme's criterion scores rather than given;
 * {@code changeReason} says why the score changed since the year before, or is null.
 */
public record ThemeScore(long themeId, String themeCode, String levelCode, String narrative, boolean derived, String changeReason) {

    public ThemeScore(long themeId, String themeCode, String levelCode, String narrative, boolean derived) {
        this(themeId, themeCode, levelCode, narrative, derived, null);
    }

    public boolean isScored() {
        return levelCode != null;
    }
}
