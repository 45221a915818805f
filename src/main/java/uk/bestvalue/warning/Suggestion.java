package uk.bestvalue.warning;

import java.util.List;
import uk.bestvalue.framework.Criterion;

/**
 * An open flag offered on a theme page as suggested evidence: the flag, its rule (for the caveat) and
 * the indicators of potential failure of the assessment's framework version that it shows.
 */
public record Suggestion(Flag flag, Rule rule, List<Criterion> indicators) {
    public Suggestion {
        indicators = List.copyOf(indicators);
    }
}
