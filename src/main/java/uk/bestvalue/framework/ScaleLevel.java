package uk.bestvalue.framework;

import java.util.Objects;

/**
 * One level of a scoring scale. Position 0 is the best. An unranked level ("Don't know") is an
 * answer that is recorded but never counted as the lowest score.
 */
public record ScaleLevel(String code, String label, String definition, String colour, boolean ranked, int position) {
    public ScaleLevel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /** Black or white, whichever reads better on this level's colour (for badges and heat-map cells). */
    public String textColour() {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = (0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb));
        return luminance > 0.179 ? "#0b0c0c" : "#ffffff";
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
