package uk.bestvalue.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.ImportRequest;
import uk.bestvalue.explorer.ImportResult;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.store.Engine;
import uk.bestvalue.web.Web;

/**
 * The explorer at national scale: about 330 authorities × 500 metrics × 15 years. It loads the real
 * data sets, generates the rest (labelled as generated), and measures import throughput (beside
 * PostgreSQL's own COPY), comparison latency (beside hand-written SQL), HTTP throughput under wrk,
 * and the heap in use.
 */
public final class NationalBenchmark {
    private static final long SEED = 20_261_125L;
    private static final String[] GROUPS = {"england", "region", "type"};

    public record Settings(int metrics, int periods, int importRows, int samples, int httpSeconds, boolean http) {
    }

    private final Workbench wb;
    private final Settings settings;
    private final PrintWriter log;
    private final List<Figure> figures = new ArrayList<>();

    public NationalBenchmark(Workbench workbench, Settings settings, PrintWriter log) {
        this.wb = workbench;
        this.settings = settings;
        this.log = log;
    }

    public List<Figure> run() throws IOException, InterruptedException {
        Engine engine = wb.db().engine();
        step("Loading the register, frameworks and the real data sets");
        wb.loadShippedData();
        wb.explorer().loadShipped();
        clearGenerated();
        List<String> authorities = wb.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT)).stream()
                .filter(a -> GeneratedData.COUNCILS.contains(a.type())).map(a -> a.code().value()).toList();
        List<String> periods = GeneratedData.periods(settings.periods());
        int generated = settings.metrics() - wb.explorer().metrics().size();
        GeneratedData.metrics(generated).forEach(wb.explorer()::addMetric);
        wb.warnings().loadShipped();
        wb.warnings().importRules("benchmark rules", WarningBenchmark.rules(GeneratedData.metrics(generated)));
        int perMetric = periods.size() * authorities.size();
        int firstBatch = Math.max(1, Math.min(generated, (int) Math.ceil((double) settings.importRows() / perMetric)));

        step("Import of " + firstBatch * perMetric + " rows (" + firstBatch + " generated metrics) into " + engine.label());
        String csv = GeneratedData.longCsv(1, firstBatch, periods, authorities, SEED);
        int rows = GeneratedData.rows(csv);
        long started = System.nanoTime();
        long importCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportResult first = importCsv("bench-1.csv", csv);
        long importCpuMillis = Math.max(1, (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - importCpu) / 1_000_000);
        double importSeconds = seconds(started);
        figures.add(new Figure("import rows", rows, "rows", "long CSV, " + engine.label()));
        figures.add(new Figure("import rate", rows / importSeconds, "rows/s", "checked, atomic, upsert; " + engine.label()));
        var afterImport = wb.warnings().lastAfterImport();
        if (afterImport != null) {
            figures.add(new Figure("rule evaluation after the import", afterImport.millis(), "ms", afterImport.rules() + " rules on the "
                    + firstBatch + " metrics imported, " + afterImport.opened() + " flags opened; included in the import time above"));
            figures.add(new Figure("rule evaluation after the import, CPU", afterImport.cpuMillis(), "ms", "the evaluating thread's CPU time"));
            figures.add(new Figure("evaluation ÷ import", afterImport.millis() / 1000.0 / importSeconds, "ratio", "target a small fraction"));
            figures.add(new Figure("evaluation ÷ import, CPU", afterImport.cpuMillis() / (importCpuMillis / 1.0), "ratio",
                    "CPU of the evaluation ÷ CPU of the whole import on this thread"));
        }
        if (engine == Engine.POSTGRESQL) {
            copyBaseline(csv, rows, first.importId(), rows / importSeconds);
        }
        if (firstBatch < generated) {
            step("Topping up to national scale: " + (generated - firstBatch) + " more generated metrics");
            started = System.nanoTime();
            int more = 0;
            for (int from = firstBatch + 1; from <= generated; from += firstBatch) {
                String part = GeneratedData.longCsv(from, Math.min(generated, from + firstBatch - 1), periods, authorities, SEED);
                more += GeneratedData.rows(part);
                importCsv("bench-" + from + ".csv", part);
            }
            figures.add(new Figure("top-up import rate", more / seconds(started), "rows/s", more + " rows in further files"));
        }
        long total = wb.db().count("select count(*) from metric_value");
        figures.add(new Figure("values held", total, "values", wb.explorer().metrics().size() + " metrics × " + periods.size()
                + " years × " + authorities.size() + " councils, real data sets included"));
        comparisons(periods);
        warnings(total);
        if (settings.http()) {
            http(periods);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        figures.add(new Figure("heap in use after GC", (runtime.totalMemory() - runtime.freeMemory()) / 1_048_576.0, "MB",
                "maximum heap " + runtime.maxMemory() / 1_048_576 + " MB"));
        return figures;
    }

    /** The starter rules, then every rule (a rule of each kind on each generated metric), over all the values held. */
    private void warnings(long values) {
        step("Evaluating the starter early-warning rules over " + values + " values");
        var starter = WarningBenchmark.measure(() -> wb.warnings().evaluate("starter"));
        figures.add(new Figure("starter rules, evaluation", starter.evaluation().millis(), "ms",
                WarningBenchmark.rulesIn(wb.warnings(), "starter") + " rules on the real metrics"));
        figures.add(new Figure("starter rules, evaluation CPU", starter.evaluation().cpuMillis(), "ms", "the evaluating thread's CPU time"));
        figures.add(new Figure("starter rules, peak heap", starter.peakHeapMb(), "MB", "heap pools' peak during the evaluation"));
        step("Evaluating every early-warning rule, generated metrics included");
        var all = WarningBenchmark.measure(() -> wb.warnings().evaluate());
        figures.add(new Figure("all rules, evaluation", all.evaluation().millis(), "ms", all.evaluation().rules() + " rules, "
                + all.evaluation().open() + " flags open after, " + all.evaluation().opened() + " opened, " + all.evaluation().closed() + " closed"));
        figures.add(new Figure("all rules, evaluation CPU", all.evaluation().cpuMillis(), "ms", "the evaluating thread's CPU time"));
        figures.add(new Figure("all rules, peak heap", all.peakHeapMb(), "MB", "heap pools' peak during the evaluation"));
    }

    private ImportResult importCsv(String name, String csv) {
        return wb.explorer().importValues(new ImportRequest(name, csv.getBytes(StandardCharsets.UTF_8), null, false, "seeded generator",
                "generated: not real data", "bench", null));
    }

    /** PostgreSQL's own COPY of the same rows into the same table, the fastest load there is. */
    private void copyBaseline(String csv, int rows, long importId, double importRate) {
        step("PostgreSQL COPY of the same " + rows + " rows into the same table");
        wb.db().update("delete from metric_value where import_id = ?", importId);
        StringBuilder copy = new StringBuilder(csv.length() + rows * 12);
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            copy.append(f[1]).append(',').append(f[2]).append(',').append(f[0]).append(',').append(f[3]).append(',')
                    .append(f[3].isEmpty() ? "missing" : "ok").append(",,").append(importId).append('\n');
        }
        long started = System.nanoTime();
        wb.db().transaction(tx -> tx.copyIn("copy metric_value (metric_id, period, authority_code, amount, status, note, import_id)"
                + " from stdin with (format csv)", new StringReader(copy.toString())));
        double copyRate = rows / seconds(started);
        figures.add(new Figure("COPY rate", copyRate, "rows/s", "PostgreSQL COPY FROM STDIN, same rows, same table"));
        figures.add(new Figure("import ÷ COPY", importRate / copyRate, "ratio", "target at least 0.7"));
    }

    private void comparisons(List<String> periods) {
        List<Metric> metrics = wb.explorer().metrics();
        List<Authority> councils = wb.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT)).stream()
                .filter(a -> GeneratedData.COUNCILS.contains(a.type())).toList();
        Random random = new Random(SEED);
        List<Object[]> requests = new ArrayList<>();
        while (requests.size() < settings.samples()) {
            Metric metric = metrics.get(random.nextInt(metrics.size()));
            Authority authority = councils.get(random.nextInt(councils.size()));
            // The hand-written SQL it is compared with reads financial years only.
            if (!metric.appliesTo(authority.type()) || !"financial_year".equals(metric.periodType())
                    || (metric.generated() ? false : wb.explorer().periods(metric.id()).isEmpty())) {
                continue;
            }
            List<String> choices = metric.generated() ? periods : wb.explorer().periods(metric.id());
            String period = choices.get(random.nextInt(choices.size()));
            if (authority.startDate() != null && authority.startDate().isAfter(uk.bestvalue.period.Period.parse(period).end())) {
                continue; // a council created after the period (Dorset Council in 2009/10) has no place in it
            }
            requests.add(new Object[] {metric, period, authority, GROUPS[random.nextInt(GROUPS.length)]});
        }
        step("Comparison latency: " + requests.size() + " requests, uncached, cached and by hand-written SQL");
        Latencies cold = new Latencies(requests.size());
        Latencies warm = new Latencies(requests.size());
        Latencies sql = new Latencies(requests.size());
        int disagreements = 0;
        for (Object[] r : requests) {
            long t = System.nanoTime();
            wb.explorer().compare(((Metric) r[0]).id(), ((Authority) r[2]).code().value(), (String) r[1], (String) r[3]);
            cold.add(System.nanoTime() - t);
        }
        for (Object[] r : requests) {
            long t = System.nanoTime();
            Comparison c = wb.explorer().compare(((Metric) r[0]).id(), ((Authority) r[2]).code().value(), (String) r[1], (String) r[3]);
            warm.add(System.nanoTime() - t);
            t = System.nanoTime();
            HandWrittenComparison.Answer answer = HandWrittenComparison.run(wb.db(), (Metric) r[0], (String) r[1], (Authority) r[2], (String) r[3]);
            sql.add(System.nanoTime() - t);
            if (!agree(c, answer)) {
                if (disagreements++ < 3) {
                    log.println("  differs: " + ((Metric) r[0]).id() + " " + r[1] + " " + ((Authority) r[2]).code() + " " + r[3] + ": product count "
                            + c.statistics().count() + " median " + c.statistics().median() + " rank " + c.focus().map(Comparison.Entry::rank).orElse(null)
                            + "; SQL " + answer);
                }
            }
        }
        figures.add(new Figure("comparison p50, first time", cold.percentileMillis(50), "ms", "values read from the database"));
        figures.add(new Figure("comparison p99, first time", cold.percentileMillis(99), "ms", "values read from the database"));
        figures.add(new Figure("comparison p50, cached", warm.percentileMillis(50), "ms", "cache cleared by any import"));
        figures.add(new Figure("comparison p99, cached", warm.percentileMillis(99), "ms", "cache cleared by any import"));
        figures.add(new Figure("hand-written SQL p50", sql.percentileMillis(50), "ms", "window rank + percentile_cont"));
        figures.add(new Figure("hand-written SQL p99", sql.percentileMillis(99), "ms", "window rank + percentile_cont"));
        figures.add(new Figure("first-time p99 ÷ SQL p99", cold.percentileMillis(99) / sql.percentileMillis(99), "ratio", "target at most 1.2"));
        figures.add(new Figure("answers that differ from SQL", disagreements, "requests", "median, quartiles, count and rank compared"));
    }

    private static boolean agree(Comparison c, HandWrittenComparison.Answer a) {
        Integer rank = c.focus().map(Comparison.Entry::rank).orElse(null);
        return c.statistics().count() == a.count() && close(c.statistics().median(), a.median())
                && close(c.statistics().lowerQuartile(), a.lowerQuartile()) && close(c.statistics().upperQuartile(), a.upperQuartile())
                && java.util.Objects.equals(rank, a.focusRank());
    }

    private static boolean close(Double x, Double y) {
        return x == null ? y == null : y != null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }

    private void http(List<String> periods) throws IOException, InterruptedException {
        Path wrk = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(wrk)) {
            step("HTTP: skipped, wrk is not installed (Debian package wrk)");
            figures.add(new Figure("HTTP requests/s", Double.NaN, "req/s", "not measured: wrk not installed"));
            return;
        }
        io.javalin.Javalin server = Web.create(wb).start("127.0.0.1", 0);
        try {
            List<Metric> metrics = wb.explorer().metrics().stream().filter(Metric::generated).toList();
            List<Authority> councils = wb.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT)).stream()
                    .filter(a -> GeneratedData.COUNCILS.contains(a.type())).toList();
            Random random = new Random(SEED + 1);
            StringBuilder lua = new StringBuilder("paths = {\n");
            for (int i = 0; i < 2000; i++) {
                lua.append("  \"/api/v1/metrics/").append(metrics.get(random.nextInt(metrics.size())).id()).append("/comparison?authority=")
                        .append(councils.get(random.nextInt(councils.size())).code().value()).append("&period=")
                        .append(periods.get(random.nextInt(periods.size()))).append("&group=").append(GROUPS[random.nextInt(GROUPS.length)])
                        .append("\",\n");
            }
            lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
            Path script = Files.createTempFile("bench-wrk", ".lua");
            Files.writeString(script, lua);
            String base = "http://127.0.0.1:" + server.port();
            step("HTTP: warming up, then wrk for " + settings.httpSeconds() + " s each at 8 and 32 connections, 2 threads, loopback");
            run(List.of(wrk.toString(), "-t2", "-c16", "-d3s", "-s", script.toString(), base));
            for (int connections : new int[] {8, 32}) {
                String out = run(List.of(wrk.toString(), "-t2", "-c" + connections, "-d" + settings.httpSeconds() + "s", "--latency", "-s",
                        script.toString(), base));
                String at = connections + " connections";
                figures.add(new Figure("HTTP requests/s, " + at, number(out, "Requests/sec:\\s+([\\d.]+)"), "req/s",
                        "comparison endpoint, 2,000 different URLs"));
                figures.add(new Figure("HTTP p50, " + at, millis(out, "50%\\s+([\\d.]+)(us|ms|s)"), "ms", ""));
                figures.add(new Figure("HTTP p99, " + at, millis(out, "99%\\s+([\\d.]+)(us|ms|s)"), "ms", "target under 20 ms at 2,000 req/s"));
            }
            Files.deleteIfExists(script);
            fixedRate(base, lua.toString());
        } finally {
            server.stop();
        }
    }

    /**
     * About 2,000 requests a second: 20 wrk connections, each pausing 9 ms after every answer
     * (wrk's delay hook), so the server is loaded at the target rate rather than at saturation.
     */
    private void fixedRate(String base, String lua) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench-wrk-rate", ".lua");
        Files.writeString(script, lua + "delay = function()\n  return 9\nend\n");
        step("HTTP: about 2,000 requests/s (20 connections, 9 ms pause each) for " + settings.httpSeconds() + " s");
        String out = run(List.of("/usr/bin/wrk", "-t2", "-c20", "-d" + settings.httpSeconds() + "s", "--latency", "-s", script.toString(), base));
        Files.deleteIfExists(script);
        figures.add(new Figure("HTTP requests/s, paced", number(out, "Requests/sec:\\s+([\\d.]+)"), "req/s", "20 connections, 9 ms pause"));
        figures.add(new Figure("HTTP p50, paced", millis(out, "50%\\s+([\\d.]+)(us|ms|s)"), "ms", ""));
        figures.add(new Figure("HTTP p99, paced", millis(out, "99%\\s+([\\d.]+)(us|ms|s)"), "ms", "target under 20 ms at 2,000 req/s"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return out;
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static double millis(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private void clearGenerated() {
        wb.db().update("delete from metric_value where metric_id like ?", GeneratedData.PREFIX + "%");
        wb.db().update("delete from metric where metric_id like ?", GeneratedData.PREFIX + "%");
    }

    private void step(String text) {
        log.println("… " + text);
        log.flush();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
