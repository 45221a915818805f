package uk.bestvalue.assessment;

/**
 * A theme's score and narrative. {@code levelCode} is null when not scored yet; {@code derived}
 * is true when the level was worked out from the theme's criterion scores rather than given.
 */
public record ThemeScore(long themeId, String themeCode, String levelCode, String narrative, boolean derived) {
    public boolean isScored() {
        return levelCode != null;
    }
}
