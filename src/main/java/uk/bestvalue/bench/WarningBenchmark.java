package uk.bestvalue.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.Polarity;
import uk.bestvalue.warning.Evaluation;
import uk.bestvalue.warning.Warnings;

/**
 * Early-warning rules at national scale: a rule of every kind on every generated metric that has a
 * better side, and the time and peak heap of evaluating them (and the starter rules) over all values.
 */
final class WarningBenchmark {
    static final String SET = "bench-generated";

    private WarningBenchmark() {
    }

    /** Threshold, position, trend, change and missing on each ranked generated metric, and a combination per ten of them. */
    static byte[] rules(List<Metric> generated) {
        StringBuilder yaml = new StringBuilder("format: bestvalue-warning-rules/1\nset: {key: " + SET + ", version: \"m" + generated.size()
                + "\", name: Benchmark rules on generated metrics (not real), framework: best-value-standards/2024}\nrules:\n");
        List<Metric> ranked = generated.stream().filter(m -> m.polarity().ranks()).toList();
        for (int i = 0; i < ranked.size(); i++) {
            Metric m = ranked.get(i);
            String id = m.id();
            String threshold = m.polarity() == Polarity.HIGHER_BETTER ? "below: 10" : "above: 90";
            rule(yaml, id + "-threshold", id, "{kind: threshold, " + threshold + "}");
            rule(yaml, id + "-position", id, "{kind: position, group: type}");
            rule(yaml, id + "-trend", id, "{kind: trend, periods: 3}");
            rule(yaml, id + "-change", id, "{kind: change, by: 10}");
            rule(yaml, id + "-missing", id, "{kind: missing, others: 100}");
            if (i % 10 == 9) {
                List<String> parts = ranked.subList(i - 9, i + 1).stream().map(x -> x.id() + "-position").toList();
                yaml.append("  - {id: combination-").append(i / 10).append(", title: Several generated positions at once, condition: {kind: combination, rules: [")
                        .append(String.join(", ", parts)).append("], at_least: 4}, severity: high, theme: SD, criteria: [SD-F1], caveat: Generated data.}\n");
            }
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rule(StringBuilder yaml, String id, String metric, String condition) {
        yaml.append("  - {id: ").append(id).append(", title: ").append(id).append(", metrics: [").append(metric).append("], condition: ")
                .append(condition).append(", severity: low, theme: SD, criteria: [SD-F1], caveat: Generated data.}\n");
    }

    /** An evaluation with the heap's peak while it ran (every heap pool's peak since the reset, added up). */
    record Measured(Evaluation evaluation, double peakHeapMb) {
    }

    static Measured measure(java.util.function.Supplier<Evaluation> run) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Evaluation e = run.get();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(e, peak / 1_048_576.0);
    }

    static int rulesIn(Warnings warnings, String key) {
        return warnings.active().stream().filter(s -> s.key().equals(key)).mapToInt(s -> s.rules().size()).sum();
    }
}
