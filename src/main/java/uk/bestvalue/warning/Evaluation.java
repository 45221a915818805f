package uk.bestvalue.warning;

/** What one evaluation did: how many rules it ran, flags it opened and closed, how many are open after it, and how long it took. */
public record Evaluation(int rules, int opened, int closed, int open, long millis) {
}
