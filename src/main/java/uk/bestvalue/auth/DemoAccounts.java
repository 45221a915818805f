package uk.bestvalue.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.bestvalue.Actor;

/**
 * One clearly labelled account per role for the example council, so that a newcomer trying the
 * embedded demo can sign in as each. Created only on the embedded demo database, never on
 * PostgreSQL nor without the example; they all share one published password.
 */
public final class DemoAccounts {
    public static final String PASSWORD = "demo only: not a real account";
    public static final String DOMAIN = "demo.invalid";

    private DemoAccounts() {
    }

    /** Creates the demo accounts unless they exist already; returns them either way. */
    public static List<Account> ensure(Accounts accounts, String authority) {
        if (!accounts.demoAccounts().isEmpty()) {
            return accounts.demoAccounts();
        }
        List<Account> created = new ArrayList<>();
        created.add(accounts.add(new NewAccount("admin@" + DOMAIN, "Demo installation admin", PASSWORD, true, true), Actor.installation()));
        for (Role role : Role.values()) {
            String email = role.code() + "@" + DOMAIN;
            accounts.add(new NewAccount(email, "Demo " + role.label().toLowerCase(Locale.ROOT).replace("(s151)", "(s151)"), PASSWORD,
                    false, true), Actor.installation());
            created.add(accounts.grant(email, authority, role, Actor.installation()));
        }
        return created;
    }
}
