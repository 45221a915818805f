package uk.bestvalue.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.authority.OnsCode;

/**
 * How long the committee report of the example assessment takes to render as HTML, PDF and Word:
 * the first time after start (templates, fonts and classes loaded on the way) and warm (the median
 * and 95th percentile of repeated renders). Run first in a fresh process, so "first" is honest.
 */
public final class ReportBenchmark {
    private static final OnsCode EXAMPLE_AUTHORITY = new OnsCode("E07000135");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Workbench workbench;
    private final int samples;
    private final PrintWriter log;

    public ReportBenchmark(Workbench workbench, int samples, PrintWriter log) {
        this.workbench = workbench;
        this.samples = samples;
        this.log = log;
    }

    public List<Figure> run() {
        workbench.loadShippedData();
        workbench.exchange().loadExampleIfAbsent();
        long id = workbench.assessments().forAuthority(EXAMPLE_AUTHORITY).stream().filter(Assessment::example).map(Assessment::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("The example assessment could not be loaded"));
        log.println("Report renderings of the example assessment (" + id + "), " + samples + " warm samples each");
        List<Figure> figures = new ArrayList<>();
        figures.addAll(measure("html", id, assessment -> workbench.reports().html(assessment).length()));
        figures.addAll(measure("pdf", id, assessment -> workbench.reports().pdf(assessment).length));
        figures.addAll(measure("docx", id, assessment -> workbench.reports().docx(assessment).length));
        return figures;
    }

    private List<Figure> measure(String format, long id, LongFunction<Integer> render) {
        long start = System.nanoTime();
        int size = render.apply(id);
        double first = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[samples];
        double[] cpu = new double[samples];
        for (int i = 0; i < samples; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            render.apply(id);
            warm[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(warm);
        Arrays.sort(cpu);
        double median = warm[samples / 2];
        double cpuMedian = cpu[samples / 2];
        double p95 = warm[Math.min(samples - 1, (int) Math.ceil(samples * 0.95) - 1)];
        log.printf("  %-4s first %,8.1f ms, warm median %,7.1f ms, p95 %,7.1f ms, CPU median %,7.1f ms (%,d bytes)%n", format, first, median,
                p95, cpuMedian, size);
        String what = "example assessment's committee report as " + format.toUpperCase() + " (" + String.format("%,d", size) + " bytes)";
        return List.of(new Figure("report." + format + ".first", first, "ms", "first render after start: " + what),
                new Figure("report." + format + ".warm.median", median, "ms", "median of " + samples + " warm renders: " + what),
                new Figure("report." + format + ".warm.p95", p95, "ms", "95th percentile of " + samples + " warm renders: " + what),
                // On a shared machine the wall clock includes waiting for a core; the thread's CPU time does not.
                new Figure("report." + format + ".warm.cpu.median", cpuMedian, "ms", "median CPU time of the warm renders: " + what));
    }
}
