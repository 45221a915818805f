package uk.bestvalue.web;

import io.javalin.security.RouteRole;

/**
 * What a route requires, declared on every route ({@code app.get(path, handler, Access.READ)}).
 * READ, EDIT and ADMIN are relative to the authority the request names: its {@code {code}}, the
 * authority of the assessment {@code {id}} names, or the {@code authority} of a JSON body that
 * creates something. An installation admin passes every requirement.
 */
public enum Access implements RouteRole {
    /** Anyone, signed in or not: the register, the explorer, frameworks, published work, sign-in itself. */
    PUBLIC,
    /** Anyone signed in: their own account. */
    SIGNED_IN,
    /** Any role at the authority: its unpublished assessments, reports and settings. */
    READ,
    /** An editor or authority admin there: changes to assessments, evidence, actions and report drafts. */
    EDIT,
    /** A reviewer, editor or authority admin there: a reviewer's agreement with or challenge to a theme's score. */
    REVIEW,
    /** An authority admin there: report settings, the audit trail. */
    ADMIN,
    /**
     * An editor or authority admin at any authority: things councils share, such as saved comparison
     * groups. Which of them a person may change is the route's finer rule (the council that owns it).
     */
    CONTRIBUTE,
    /** The installation admin: data and frameworks shared by every authority. */
    INSTALLATION_ADMIN
}
