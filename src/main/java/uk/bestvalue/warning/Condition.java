package uk.bestvalue.warning;

import java.util.List;

/** What in the data makes a rule fire. Each kind reads one metric, except a combination, which reads other rules. */
public sealed interface Condition {
    String kind();

    /** The value is below or above a fixed figure (in the metric's unit). */
    record Threshold(Double below, Double above) implements Condition {
        public String kind() {
            return "threshold";
        }
    }

    /** In the worst quarter of a comparison group (type, region, england, custom:ID, neighbours), respecting polarity. */
    record Position(String group) implements Condition {
        public String kind() {
            return "position";
        }
    }

    /** Worse in each of the last {@code periods} changes from one period to the next. */
    record Trend(int periods) implements Condition {
        public String kind() {
            return "trend";
        }
    }

    /** Worse by more than {@code by} (in the metric's unit) since the period before. */
    record Change(double by) implements Condition {
        public String kind() {
            return "change";
        }
    }

    /** No usable value in the latest period while at least {@code others} authorities made the return. */
    record Missing(int others) implements Condition {
        public String kind() {
            return "missing";
        }
    }

    /** At least {@code atLeast} of the named rules fire at once for the same authority. */
    record Combination(List<String> rules, int atLeast) implements Condition {
        public Combination {
            rules = List.copyOf(rules);
        }

        public String kind() {
            return "combination";
        }
    }
}
