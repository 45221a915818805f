package uk.bestvalue.authority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An authority with the authorities around it: the county above, districts below, predecessors and successors. */
public record AuthorityProfile(
        Authority authority,
        Optional<Authority> county,
        List<Authority> districts,
        List<Authority> predecessors,
        List<Authority> successors) {

    public AuthorityProfile {
        Objects.requireNonNull(authority, "authority");
        county = county == null ? Optional.empty() : county;
        districts = List.copyOf(districts);
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }
}
