package uk.bestvalue.network;

import java.util.List;

/** A benchmarking network: its members, the member (if any) whose admins manage it, and the version of its name and description. */
public record Network(long id, String name, String description, String convenor, List<Member> members, int version) {
    public Network {
        members = List.copyOf(members);
    }

    /** A member council, and whether it shares its published theme scores with the network. */
    public record Member(String code, String name, boolean sharesScores) {
    }

    public String key() {
        return "network:" + id;
    }

    public boolean hasMember(String code) {
        return members.stream().anyMatch(m -> m.code().equals(code));
    }
}
