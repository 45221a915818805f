package uk.bestvalue.bench;

/** One measured figure of a benchmark run, with its unit and what it was measured against. */
public record Figure(String name, double value, String unit, String note) {
}
