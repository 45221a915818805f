package uk.bestvalue.web;

import java.util.List;
import uk.bestvalue.authority.AuthorityProfile;

/** One authority with the authorities it is linked to, as {@code /api/v1/authorities/{code}} answers. */
record AuthorityDetailJson(
        AuthorityJson authority,
        AuthorityJson county,
        List<AuthorityJson> districts,
        List<AuthorityJson> predecessors,
        List<AuthorityJson> successors,
        String attribution) {

    static AuthorityDetailJson of(AuthorityProfile profile, String attribution) {
        return new AuthorityDetailJson(
                AuthorityJson.of(profile.authority()),
                profile.county().map(AuthorityJson::of).orElse(null),
                profile.districts().stream().map(AuthorityJson::of).toList(),
                profile.predecessors().stream().map(AuthorityJson::of).toList(),
                profile.successors().stream().map(AuthorityJson::of).toList(),
                attribution);
    }
}
