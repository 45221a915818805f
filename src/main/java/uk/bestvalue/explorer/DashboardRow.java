package uk.bestvalue.explorer;

/**
 * One metric on an authority's dashboard: its latest value, where it stands in its group, and the
 * direction of travel since the period before (better, worse or level; for neutral metrics only up or down).
 * {@code throughCode} and {@code throughName} name the county whose figure a district's row shows, for
 * a service the county runs (roads, waste disposal, adult social care); null for the authority's own figures.
 */
public record DashboardRow(Metric metric, String period, Double value, ValueStatus status, Integer quartile, Integer rank, int groupSize,
                           Double median, String previousPeriod, Double previousValue, String direction, String throughCode,
                           String throughName) {
    public DashboardRow(Metric metric, String period, Double value, ValueStatus status, Integer quartile, Integer rank, int groupSize,
                        Double median, String previousPeriod, Double previousValue, String direction) {
        this(metric, period, value, status, quartile, rank, groupSize, median, previousPeriod, previousValue, direction, null, null);
    }
}
