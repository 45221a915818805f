package uk.bestvalue.explorer;

import java.util.List;
import uk.bestvalue.authority.OnsCode;

/**
 * A comparison group someone saved, such as a regional performance network, with its members;
 * {@code version} is the stored row's, which an edit of the group is made from. {@code owner} is the
 * ONS code of the council whose editors may change it, or null for a group the installation admin
 * keeps for everyone.
 */
public record SavedGroup(long id, String name, String description, List<OnsCode> members, int version, String owner) {
    public SavedGroup {
        members = List.copyOf(members);
    }

    public SavedGroup(long id, String name, String description, List<OnsCode> members) {
        this(id, name, description, members, 1, null);
    }

    public String key() {
        return "custom:" + id;
    }
}
