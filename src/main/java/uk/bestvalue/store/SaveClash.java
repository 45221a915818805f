package uk.bestvalue.store;

import uk.bestvalue.Conflict;

/**
 * A write lost to another one made at the same moment: a unique key it would have duplicated (two
 * people creating the same assessment, scoring the same theme for the first time), or a lock the
 * engine gave up waiting for. Nothing of the losing write was saved, so trying again is safe; the
 * web answers 409.
 */
public class SaveClash extends Conflict {
    public SaveClash(String message) {
        super(message);
    }
}
