package uk.bestvalue.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.function.Consumer;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** The real server on a loopback port over a fresh H2 database, with a browser pointed at it, for browser journeys. */
final class ServedWorkbench implements AutoCloseable {
    final Workbench workbench;
    final Javalin server;
    final Browser browser;

    ServedWorkbench(Clock clock, Consumer<Workbench> setUp) {
        workbench = Workbench.on(TestDatabases.fresh(Engine.H2), clock);
        workbench.loadShippedData();
        setUp.accept(workbench);
        server = Web.create(workbench).start("127.0.0.1", 0);
        browser = new Browser("http://127.0.0.1:" + server.port());
    }

    /** Creates an installation admin and signs the browser in through the sign-in page. */
    ServedWorkbench signedInAsAdmin() {
        String email = "browser-admin@test.invalid";
        workbench.accounts().add(new uk.bestvalue.auth.NewAccount(email, "Browser admin", Users.PASSWORD, true, false),
                uk.bestvalue.Actor.installation());
        browser.signIn(email, Users.PASSWORD);
        return this;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.stop();
            workbench.close();
        }
    }
}
