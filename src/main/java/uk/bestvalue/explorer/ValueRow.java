package uk.bestvalue.explorer;

/** A row read from a values file, before it is checked against the register and the catalogue. */
record ValueRow(long line, String metricId, String authority, String period, java.math.BigDecimal value, ValueStatus status, String note) {
}
