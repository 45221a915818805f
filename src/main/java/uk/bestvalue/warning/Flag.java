package uk.bestvalue.warning;

import java.time.LocalDateTime;
import java.util.List;
import uk.bestvalue.authority.OnsCode;

/**
 * A rule met by an authority's data, with what raised it: the rule set version, the values, group and
 * period (in {@code observed}) and the explanation written from them. Open until the data no longer
 * meets the rule; a closed flag is kept with when and why it closed.
 */
public record Flag(long id, long ruleSetId, String ruleId, OnsCode authority, String title, Severity severity, String theme,
                   List<String> criteria, String metricId, String period, String groupLabel, Observation observed, String explanation,
                   LocalDateTime openedAt, Long openedImport, LocalDateTime closedAt, String closedReason) {
    public Flag {
        criteria = List.copyOf(criteria);
    }

    public boolean open() {
        return closedAt == null;
    }
}
