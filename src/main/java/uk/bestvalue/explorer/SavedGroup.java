package uk.bestvalue.explorer;

import java.util.List;
import uk.bestvalue.authority.OnsCode;

/**
 * A comparison group someone saved, such as a regional performance network, with its members;
 * {@code version} is the stored row's, which an edit of the group is made from.
 */
public record SavedGroup(long id, String name, String description, List<OnsCode> members, int version) {
    public SavedGroup {
        members = List.copyOf(members);
    }

    public SavedGroup(long id, String name, String description, List<OnsCode> members) {
        this(id, name, description, members, 1);
    }

    public String key() {
        return "custom:" + id;
    }
}
