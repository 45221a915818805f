package uk.bestvalue.explorer;

import java.util.List;
import uk.bestvalue.authority.OnsCode;

/** A comparison group someone saved, such as a regional performance network, with its members. */
public record SavedGroup(long id, String name, String description, List<OnsCode> members) {
    public SavedGroup {
        members = List.copyOf(members);
    }

    public String key() {
        return "custom:" + id;
    }
}
