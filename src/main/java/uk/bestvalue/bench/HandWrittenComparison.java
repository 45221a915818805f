package uk.bestvalue.bench;

import java.util.List;
import java.util.stream.Collectors;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.Polarity;
import uk.bestvalue.store.Database;

/**
 * The comparison worked out by SQL alone, as a database person would write it: the group's members
 * with their values and ranks (a window function), and the group's quartiles, median, mean, minimum
 * and maximum (ordered-set aggregates). The benchmark times it beside the product's own answer.
 */
final class HandWrittenComparison {
    record Answer(Integer focusRank, Double median, Double lowerQuartile, Double upperQuartile, int count) {
    }

    private HandWrittenComparison() {
    }

    static Answer run(Database db, Metric metric, String period, Authority focus, String group) {
        String types = metric.appliesTo().stream().map(t -> "'" + t.id() + "'").sorted().collect(Collectors.joining(", "));
        int start = Integer.parseInt(period.substring(0, 4));
        String from = start + "-04-01";
        String to = (start + 1) + "-03-31";
        String filter = switch (group) {
            case "region" -> " and a.region_code = '" + focus.region().code() + "'";
            case "type" -> " and a.type = '" + focus.type().id() + "'";
            default -> "";
        };
        String members = "from authority a left join metric_value v on v.authority_code = a.code and v.metric_id = ? and v.period = ?"
                + " and v.status in ('ok', 'provisional') and v.amount is not null"
                + " where a.type in (" + types + ") and (((a.start_date is null or a.start_date <= date '" + to + "')"
                + " and (a.end_date is null or a.end_date > date '" + from + "')) or v.amount is not null)" + filter;
        String order = metric.polarity() == Polarity.LOWER_BETTER ? "asc" : "desc";
        List<Object[]> ranks = db.query("select a.code, case when v.amount is null then null else rank() over (order by v.amount " + order
                + " nulls last) end " + members, row -> new Object[] {row.getString(1), row.getObject(2)}, metric.id(), period);
        Integer focusRank = ranks.stream().filter(r -> r[0].equals(focus.code().value()) && r[1] != null)
                .map(r -> ((Number) r[1]).intValue()).findFirst().orElse(null);
        return db.queryOne("select percentile_cont(0.5) within group (order by v.amount), percentile_cont(0.25) within group (order by v.amount),"
                        + " percentile_cont(0.75) within group (order by v.amount), count(v.amount), avg(v.amount), min(v.amount), max(v.amount) "
                        + members,
                row -> new Answer(metric.polarity() == Polarity.NEUTRAL ? null : focusRank, (Double) row.getObject(1, Double.class),
                        row.getObject(2, Double.class), row.getObject(3, Double.class), row.getInt(4)),
                metric.id(), period).orElseThrow();
    }
}
