package uk.bestvalue.explorer;

/**
 * One metric on an authority's dashboard: its latest value, where it stands in its group, and the
 * direction of travel since the period before (better, worse or level; for neutral metrics only up or down).
 */
public record DashboardRow(Metric metric, String period, Double value, ValueStatus status, Integer quartile, Integer rank, int groupSize,
                           Double median, String previousPeriod, Double previousValue, String direction) {
}
