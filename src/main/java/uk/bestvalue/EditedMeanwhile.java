package uk.bestvalue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A save made from a version that is no longer the stored one: someone else saved the same thing
 * after this editor loaded it. Nothing was saved. The page shows the editor's input again with this
 * message; the API answers 409 naming the version now stored, so a client can load it and decide.
 */
public class EditedMeanwhile extends Conflict {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    private final int currentVersion;

    /**
     * @param what           the thing in words, e.g. "the score for Leadership"
     * @param currentVersion the version stored now, which a deliberate second save is made from
     * @param changedBy      who saved it last, or null when not known (saved before versions were kept)
     * @param changedAt      when, or null when not known
     * @param storedNow      what is stored now in a few words, or null
     */
    public EditedMeanwhile(String what, int currentVersion, String changedBy, LocalDateTime changedAt, String storedNow) {
        super(message(what, changedBy, changedAt, storedNow));
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    private static String message(String what, String changedBy, LocalDateTime changedAt, String storedNow) {
        String who = changedBy == null ? "Someone else" : changedBy;
        String when = changedAt == null ? "" : " at " + TIME.format(changedAt);
        return who + " changed " + what + when + ", after you opened it, so your changes were not saved."
                + (storedNow == null || storedNow.isBlank() ? "" : " Saved now: " + storedNow + ".")
                + " Check your changes against what is saved now, then save again to replace it.";
    }
}
