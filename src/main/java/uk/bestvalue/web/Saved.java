package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The success banner after a save (post, redirect, get): the redirect names what was saved with
 * {@code ?saved=KEY}, and the page shows the sentence for that key. Only these fixed sentences are
 * ever shown, so nothing from the address is echoed into the page.
 */
final class Saved {
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("created", "The assessment has been started"),
            Map.entry("details", "The assessment's details have been saved"),
            Map.entry("deleted", "The assessment has been deleted. It can be restored from the list of deleted assessments below"),
            Map.entry("restored", "The assessment has been restored"),
            Map.entry("rolled", "The assessment has been rolled forward. Check the carried actions' due dates and refresh the carried evidence"),
            Map.entry("score", "The score has been saved"),
            Map.entry("criterion", "The criterion's score has been saved"),
            Map.entry("evidence", "The evidence has been added"),
            Map.entry("evidence-edited", "The evidence has been saved"),
            Map.entry("evidence-refreshed", "The evidence has been confirmed as still current"),
            Map.entry("evidence-unlinked", "The link has been removed"),
            Map.entry("evidence-removed", "The evidence has been removed from this assessment"),
            Map.entry("action", "The action has been added"),
            Map.entry("action-edited", "The action has been saved"),
            Map.entry("action-closed", "The action has been closed"),
            Map.entry("action-deleted", "The action has been deleted"),
            Map.entry("progress", "The action's progress has been saved"),
            Map.entry("redated", "The due dates have been saved"),
            Map.entry("framework", "The assessment has moved to the new framework version. Check below anything that could not be carried"),
            Map.entry("reviewed", "The theme has been marked as reviewed"),
            Map.entry("unreviewed", "The review has been taken back"),
            Map.entry("moved", "The assessment has been moved on"),
            Map.entry("moderation", "The authority's moderation setting has been saved"),
            Map.entry("commented", "Your comment has been recorded"),
            Map.entry("signal-accepted", "The signal has been added as evidence, with its figures"),
            Map.entry("signal-dismissed", "The signal has been dismissed"),
            Map.entry("signal-reopened", "The dismissal has been taken back: the signal is offered again"),
            Map.entry("left-behind", "The list of what could not be carried has been cleared"));

    private Saved() {
    }

    /** The sentence for what the redirect said was saved, or null for no banner. */
    static String message(Context ctx) {
        String key = ctx.queryParam("saved");
        return key == null ? null : MESSAGES.get(key);
    }

    /** The address to go back to after saving, with the key of the banner to show there. */
    static String after(String path, String key) {
        if (!MESSAGES.containsKey(key)) {
            throw new IllegalArgumentException("No success message for " + key);
        }
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "saved=" + key + fragment;
    }
}
