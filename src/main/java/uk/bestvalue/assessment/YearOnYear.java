package uk.bestvalue.assessment;

import java.util.List;
import uk.bestvalue.framework.ScaleLevel;

/**
 * What moved between an assessment and the one before it: each theme's score then and now, and
 * this year's actions — completed, newly opened, and carried from last year.
 */
public record YearOnYear(Assessment current, Assessment previous, List<ThemeChange> themes, List<Action> completed,
                         List<Action> opened, List<Action> carried) {

    public YearOnYear {
        themes = List.copyOf(themes);
        completed = List.copyOf(completed);
        opened = List.copyOf(opened);
        carried = List.copyOf(carried);
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    /** One theme's score last time and this time. Levels are null where not scored. */
    public record ThemeChange(String themeCode, String themeName, ScaleLevel then, ScaleLevel now, Direction direction) {
    }

    public enum Direction {
        UP("Improved"), DOWN("Declined"), SAME("No change"), NEW("Newly scored"), NOT_SCORED("Not scored"),
        NOT_COMPARABLE("Different scales");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase();
        }
    }
}
