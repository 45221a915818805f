package uk.bestvalue.web;

import uk.bestvalue.Actor;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.Account;
import uk.bestvalue.auth.NewAccount;
import uk.bestvalue.auth.Role;

/** Accounts and tokens for tests that act as someone: one call, one line in the test. */
final class Users {
    static final String PASSWORD = "test passphrase for a test account";

    private Users() {
    }

    /** An installation admin's API token: what a test that only wants to write, and is not about access, uses. */
    static String adminToken(Workbench workbench) {
        String email = "test-admin@test.invalid";
        if (workbench.accounts().list().stream().noneMatch(a -> a.email().equals(email))) {
            workbench.accounts().add(new NewAccount(email, "Test admin", PASSWORD, true, false), Actor.installation());
        }
        return workbench.tokens().create(email, null, null, "tests", Actor.installation()).secret();
    }

    /** A person holding one role at one authority. */
    static Account withRole(Workbench workbench, String email, Role role, String authority) {
        workbench.accounts().add(new NewAccount(email, role.label() + " at " + authority, PASSWORD, false, false), Actor.installation());
        return workbench.accounts().grant(email, authority, role, Actor.installation());
    }

    /** An API token acting in that person's role. */
    static String token(Workbench workbench, String email, Role role, String authority) {
        return workbench.tokens().create(email, authority, role, "tests", Actor.installation()).secret();
    }
}
