package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.framework.Scale;
import uk.bestvalue.framework.ScaleLevel;

/**
 * The colours of scale levels as a stylesheet, so that badges and heat-map cells are coloured by
 * a class rather than an inline style (which the Content-Security-Policy forbids). Scales are data
 * and a council can import its own, so the stylesheet is built from the scales stored now.
 */
public final class ScaleColours {
    static final String PATH = "/assets/scale-colours.css";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ScaleColours() {
    }

    /** The class that colours this level, e.g. {@code bv-colour-00703c}; none for a colour that is not #rrggbb. */
    public static String cssClass(ScaleLevel level) {
        return level == null || level.colour() == null || !HEX.matcher(level.colour()).matches() ? ""
                : "bv-colour-" + level.colour().substring(1).toLowerCase(Locale.ROOT);
    }

    static void serve(Context ctx, FrameworkCatalogue frameworks) {
        Set<String> rules = new TreeSet<>();
        for (Scale scale : frameworks.scales()) {
            for (ScaleLevel level : scale.levels()) {
                String css = cssClass(level);
                if (!css.isEmpty()) {
                    rules.add("." + css + " { background: " + level.colour().toLowerCase(Locale.ROOT) + "; color: " + level.textColour() + "; }");
                }
            }
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/css; charset=utf-8");
        ctx.result(String.join("\n", rules) + "\n");
    }
}
