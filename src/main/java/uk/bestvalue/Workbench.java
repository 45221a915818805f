package uk.bestvalue;

import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.store.Database;

/**
 * The composition root: the database and every feature's public face, built with plain
 * constructors from one {@link Config}. Commands and tests open one and close it when done.
 */
public record Workbench(Database db, AuthorityRegister authorities) implements AutoCloseable {

    /** Opens the configured database, brings its schema up to date and builds the features on it. */
    public static Workbench open(Config config) {
        return on(Database.migrated(config.databaseSettings()));
    }

    /** Builds the features on a database that is already open and migrated. */
    public static Workbench on(Database db) {
        return new Workbench(db, new AuthorityRegister(db));
    }

    @Override
    public void close() {
        db.close();
    }
}
