package uk.bestvalue.auth;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.Actor;

/**
 * Who a request comes from once signed in or holding an API token, and what they may do: an
 * installation admin may do everything; anyone else holds roles at named authorities. A token's
 * identity carries only the one role the token was scoped to.
 */
public record Identity(long accountId, String email, String displayName, boolean installationAdmin, List<Grant> grants,
                       Actor actor) {
    public Identity {
        grants = List.copyOf(grants);
    }

    public Set<Role> rolesAt(String authority) {
        return grants.stream().filter(g -> g.authority().equalsIgnoreCase(authority)).map(Grant::role)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** May read the authority's unpublished work. */
    public boolean reads(String authority) {
        return installationAdmin || !rolesAt(authority).isEmpty();
    }

    /** May change the authority's assessments and report drafts. */
    public boolean edits(String authority) {
        return installationAdmin || rolesAt(authority).stream().anyMatch(Role::edits);
    }

    /** May change something at some authority: an editor or authority admin anywhere, or the installation admin. */
    public boolean editsAnywhere() {
        return installationAdmin || grants.stream().anyMatch(g -> g.role().edits());
    }

    /** The authorities where this person may change things, in code order. */
    public java.util.List<String> editedAuthorities() {
        return grants.stream().filter(g -> g.role().edits()).map(Grant::authority).distinct().sorted().toList();
    }

    /** May record a reviewer's agreement with, or challenge to, a theme's score at the authority. */
    public boolean reviews(String authority) {
        return installationAdmin || rolesAt(authority).stream().anyMatch(r -> r.edits() || r == Role.REVIEWER);
    }

    /** May change the authority's settings and download its audit trail. */
    public boolean administers(String authority) {
        return installationAdmin || rolesAt(authority).contains(Role.AUTHORITY_ADMIN);
    }
}
