package uk.bestvalue.web;

import java.util.List;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.Statistics;

/** A comparison as the API gives it. */
record ComparisonJson(String metric, String period, String authority, boolean applicable, Group group, Statistics statistics,
                      Comparison.Entry selected, List<Comparison.Entry> entries) {

    record Group(String key, String label, int members) {
    }

    static ComparisonJson of(Comparison c) {
        return new ComparisonJson(c.metric().id(), c.period(), c.authority(), c.applicable(),
                new Group(c.group().key(), c.group().label(), c.entries().size()), c.statistics(), c.focus().orElse(null), c.entries());
    }
}
