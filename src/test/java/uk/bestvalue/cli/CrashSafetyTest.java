package uk.bestvalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.DatabaseSettings;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/**
 * The power goes off in the middle of an import: {@code kill -9} of the command line while it
 * writes a file of about a hundred thousand values (the check reads its progress from standard error) leaves the data that was there before exactly
 * as it was, on both engines.
 */
class CrashSafetyTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    private static final Pattern READ = Pattern.compile("Read [\\d,]+ rows");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @EachEngine
    void kill_9_during_an_import_leaves_the_previous_data_intact(Engine engine) throws Exception {
        DatabaseSettings settings = engine == Engine.H2
                ? new DatabaseSettings(Database.embeddedUrl(dir.resolve("data")), null, null, 2)
                : TestDatabases.settings(engine);
        List<String> pairs;
        String before;
        try (Workbench workbench = Workbench.on(Database.migrated(settings))) {
            workbench.loadShippedData();
            workbench.explorer().loadShipped();
            // Only metrics kept by financial year (the file below writes financial years, and a year of another kind is refused),
            // and about 100,000 rows: enough to be killed mid-write, quick enough for the suite.
            pairs = workbench.db().query("select distinct v.authority_code, v.metric_id from metric_value v join metric m on m.metric_id = v.metric_id "
                            + "where m.period_type = 'financial_year' order by 1, 2",
                    row -> row.getString(1) + "," + row.getString(2));
            pairs = pairs.subList(0, Math.min(pairs.size(), 1_450));
            before = snapshot(workbench.db());
        }
        Path file = dir.resolve("values.csv");
        int rows = writeValues(file, pairs);

        Process child = startImport(settings, file);
        long started = System.nanoTime();
        boolean killedMidWay = killWhenWriting(child, engine, settings, dir.resolve("data").resolve("bestvalue.mv.db"));
        child.waitFor(10, TimeUnit.SECONDS);

        try (Database db = Database.open(settings)) {
            String after = afterRecovery(db);
            long added = db.count("select count(*) from metric_value where period >= '2030/31'");
            LOG.warn("Crash on {}: {} rows in the file, killed {} after {} ms; {} of them stored afterwards", engine, rows,
                    killedMidWay ? "mid-way" : "after it had finished", (System.nanoTime() - started) / 1_000_000, added);
            assertThat(killedMidWay).as("the import was still running when it was killed").isTrue();
            assertThat(added).isZero();
            assertThat(after).isEqualTo(before);
        }
    }

    /** Every stored (authority, metric) pair again for 70 future years: values the import would add, and change nothing else. */
    private static int writeValues(Path file, List<String> pairs) throws IOException {
        StringBuilder csv = new StringBuilder("authority_code,metric,period,value\n");
        int rows = 0;
        for (String pair : pairs) {
            for (int year = 2030; year < 2099; year++) {
                csv.append(pair).append(',').append(year).append('/').append(String.format("%02d", (year + 1) % 100)).append(',')
                        .append(rows % 97).append('\n');
                rows++;
            }
        }
        Files.writeString(file, csv);
        return rows;
    }

    private static Process startImport(DatabaseSettings settings, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "uk.bestvalue.App",
                "import", "values", file.toString(), "--db", settings.url());
        Map<String, String> env = builder.environment();
        if (settings.user() != null) {
            env.put("BV_DB_USER", settings.user());
        }
        if (settings.password() != null) {
            env.put("BV_DB_PASSWORD", settings.password());
        }
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /**
     * Watches the import read its file, then waits for it to write: on PostgreSQL until the server
     * shows its transaction inserting the import record or copying the values; on H2 (whose file
     * the child holds locked) until the database file grows, which it does as the transaction
     * writes. Then kill -9. Returns whether the child was still running.
     */
    private static boolean killWhenWriting(Process child, Engine engine, DatabaseSettings settings, Path h2File) throws Exception {
        java.io.Reader err = new java.io.InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8);
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        boolean reading = false;
        while (!reading && child.isAlive() && System.nanoTime() < deadline) {
            int c = err.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
            reading = READ.matcher(seen).find();
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        if (engine == Engine.POSTGRESQL) {
            try (Database watcher = Database.open(new DatabaseSettings(settings.url(), settings.user(), settings.password(), 1))) {
                while (child.isAlive() && System.nanoTime() < deadline && watcher.count("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null "
                        + "and (query ilike 'insert into value_import%' or query ilike 'copy metric_value%')") == 0) {
                    Thread.sleep(2);
                }
            }
        } else {
            long size = Files.size(h2File);
            while (child.isAlive() && System.nanoTime() < deadline && Files.size(h2File) < size + 512 * 1024) {
                Thread.sleep(5);
            }
        }
        boolean alive = child.isAlive();
        child.destroyForcibly();
        return alive;
    }

    /**
     * The snapshot once the database has recovered from the kill: on a loaded machine the first read
     * can meet the embedded engine still settling its file (a lock timeout, which the store reports as
     * a clash). That is not data loss, so the read is tried again, a few times, a second apart.
     */
    private static String afterRecovery(Database db) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return snapshot(db);
            } catch (uk.bestvalue.store.SaveClash e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    /** Everything the explorer holds, as text: equal before and after means nothing changed. */
    private static String snapshot(Database db) {
        Set<String> lines = new LinkedHashSet<>();
        lines.add("values " + db.count("select count(*) from metric_value"));
        lines.add("imports " + db.count("select count(*) from value_import"));
        lines.addAll(db.query("select metric_id, count(*), sum(amount), max(import_id) from metric_value group by metric_id order by metric_id",
                row -> row.getString(1) + " " + row.getLong(2) + " " + Math.round(row.getDouble(3) * 1000) + " " + row.getLong(4)));
        return String.join("\n", new ArrayList<>(lines));
    }
}
