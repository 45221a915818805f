package uk.bestvalue.warning;

/**
 * What one evaluation did: how many rules it ran, flags it opened and closed, how many are open after
 * it, how long it took and how much of that was this thread's CPU (an embedded database's work included),
 * which a busy machine does not inflate.
 */
public record Evaluation(int rules, int opened, int closed, int open, long millis, long cpuMillis) {
}
