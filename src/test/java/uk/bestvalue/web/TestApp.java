package uk.bestvalue.web;

import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** The real application on a fresh database with the shipped data, at a fixed date, for API tests. */
final class TestApp {
    /** 1 June 2024: after the 2023/24 year ended, so actions due by 31 March 2024 and still open are overdue. */
    static final Clock JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneId.of("Europe/London"));

    interface Check {
        void run(ApiClient api, Workbench workbench) throws Exception;
    }

    private TestApp() {
    }

    /** The api client acts as an installation admin through an API token; {@code api.anonymous()} is signed out. */
    static void run(Engine engine, Check check) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine), JUNE_2024)) {
            workbench.loadShippedData();
            String token = Users.adminToken(workbench);
            JavalinTest.test(Web.create(workbench), (server, client) -> check.run(new ApiClient(client, token), workbench));
        }
    }
}
