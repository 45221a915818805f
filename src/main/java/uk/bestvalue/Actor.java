package uk.bestvalue;

import java.util.Objects;

/**
 * Who is making a change: a signed-in person, a machine client holding an API token, or the
 * installation itself (the command line run by whoever operates the server, and first-start loading).
 * Passed explicitly to every write so that the audit trail can say who did what; never kept in a
 * thread-local.
 *
 * @param kind        what sort of actor this is
 * @param userId      the account's id for a person or a token's owner; null for the installation
 * @param displayName how the audit trail and history pages name the actor
 */
public record Actor(Kind kind, Long userId, String displayName) {
    public enum Kind { USER, TOKEN, INSTALLATION }

    private static final Actor INSTALLATION = new Actor(Kind.INSTALLATION, null, "The installation");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        if (kind != Kind.INSTALLATION && userId == null) {
            throw new IllegalArgumentException("A " + kind + " actor needs the user it acts for");
        }
    }

    /** The installation itself: the command line and what loads on first start. */
    public static Actor installation() {
        return INSTALLATION;
    }

    public static Actor user(long userId, String displayName) {
        return new Actor(Kind.USER, userId, displayName);
    }

    public boolean isInstallation() {
        return kind == Kind.INSTALLATION;
    }
}
