package uk.bestvalue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.Invalid;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class AccountsTest {
    static final String PASSWORD = "correct stapled battery horse";
    static final String OADBY = "E07000135";
    static final String LEICESTER = "E06000016";

    private static Workbench workbench(Engine engine, MovableClock clock) {
        Workbench workbench = Workbench.on(TestDatabases.fresh(engine), clock);
        workbench.authorities().loadShippedRegisterIfEmpty();
        return workbench;
    }

    private static MovableClock clock() {
        return new MovableClock(Instant.parse("2024-06-01T09:00:00Z"));
    }

    @EachEngine
    void an_account_signs_in_with_its_password_and_its_session_is_found_again(Engine engine) {
        MovableClock clock = clock();
        try (Workbench w = workbench(engine, clock)) {
            Account account = w.accounts().add(new NewAccount(" Alex.Officer@Example.gov.uk ", "Alex Officer", PASSWORD, false, false),
                    Actor.installation());
            w.accounts().grant("alex.officer@example.gov.uk", OADBY, Role.EDITOR, Actor.installation());

            Session session = w.signIn().signIn("ALEX.OFFICER@example.gov.uk", PASSWORD, "127.0.0.1");
            Identity found = w.signIn().session(session.cookie()).orElseThrow().identity();

            assertThat(account.email()).isEqualTo("alex.officer@example.gov.uk");
            assertThat(found.accountId()).isEqualTo(account.id());
            assertThat(found.edits(OADBY)).isTrue();
            assertThat(found.reads(LEICESTER)).isFalse();
            assertThat(found.actor()).isEqualTo(Actor.user(account.id(), "Alex Officer"));
            assertThat(w.signIn().session(session.cookie()).orElseThrow().csrfToken()).isEqualTo(session.csrfToken());
        }
    }

    @EachEngine
    void a_wrong_password_or_unknown_email_is_refused_alike_and_failures_are_throttled(Engine engine) {
        MovableClock clock = clock();
        try (Workbench w = workbench(engine, clock)) {
            w.accounts().add(new NewAccount("sam@example.gov.uk", "Sam", PASSWORD, false, false), Actor.installation());

            assertThatThrownBy(() -> w.signIn().signIn("sam@example.gov.uk", "not the password at all", "10.0.0.1"))
                    .isInstanceOf(SignInRefused.class).hasMessage("Enter the email address and password of an account that can sign in");
            assertThatThrownBy(() -> w.signIn().signIn("nobody@example.gov.uk", PASSWORD, "10.0.0.1"))
                    .isInstanceOf(SignInRefused.class).hasMessage("Enter the email address and password of an account that can sign in");
            for (int i = 0; i < 4; i++) {
                String address = "10.0.0." + (i + 2);
                assertThatThrownBy(() -> w.signIn().signIn("sam@example.gov.uk", "wrong guess number", address))
                        .isInstanceOf(SignInRefused.class);
            }
            // Five failures for the account: even the right password is now refused, from any address.
            assertThatThrownBy(() -> w.signIn().signIn("sam@example.gov.uk", PASSWORD, "10.9.9.9"))
                    .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.throttled()).isTrue());

            clock.pass(Duration.ofMinutes(16));
            assertThat(w.signIn().signIn("sam@example.gov.uk", PASSWORD, "10.9.9.9").identity().email()).isEqualTo("sam@example.gov.uk");
        }
    }

    @Test
    void one_address_trying_many_accounts_is_throttled() {
        MovableClock clock = clock();
        try (Workbench w = workbench(Engine.H2, clock)) {
            w.accounts().add(new NewAccount("kim@example.gov.uk", "Kim", PASSWORD, false, false), Actor.installation());
            for (int i = 0; i < SignIn.FAILURES_PER_ADDRESS; i++) {
                String email = "guess" + i + "@example.gov.uk";
                assertThatThrownBy(() -> w.signIn().signIn(email, "some guess or other", "203.0.113.9")).isInstanceOf(SignInRefused.class);
            }
            assertThatThrownBy(() -> w.signIn().signIn("kim@example.gov.uk", PASSWORD, "203.0.113.9"))
                    .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.throttled()).isTrue());
            assertThat(w.signIn().signIn("kim@example.gov.uk", PASSWORD, "203.0.113.10")).isNotNull();
        }
    }

    @Test
    void sessions_end_after_an_idle_hour_and_after_twelve_hours_in_all() {
        MovableClock clock = clock();
        try (Workbench w = workbench(Engine.H2, clock)) {
            w.accounts().add(new NewAccount("lee@example.gov.uk", "Lee", PASSWORD, false, false), Actor.installation());
            Session idle = w.signIn().signIn("lee@example.gov.uk", PASSWORD, "127.0.0.1");
            Session busy = w.signIn().signIn("lee@example.gov.uk", PASSWORD, "127.0.0.1");

            for (int i = 0; i < 12; i++) {
                clock.pass(Duration.ofMinutes(59));
                assertThat(w.signIn().session(busy.cookie())).as("after %d checks", i + 1).isPresent();
            }
            assertThat(w.signIn().session(idle.cookie())).isEmpty();
            clock.pass(Duration.ofMinutes(13));
            assertThat(w.signIn().session(busy.cookie())).as("past twelve hours").isEmpty();
        }
    }

    @Test
    void signing_out_disabling_and_changing_the_password_end_sessions() {
        MovableClock clock = clock();
        try (Workbench w = workbench(Engine.H2, clock)) {
            Account account = w.accounts().add(new NewAccount("jo@example.gov.uk", "Jo", PASSWORD, false, false), Actor.installation());
            Session here = w.signIn().signIn("jo@example.gov.uk", PASSWORD, "127.0.0.1");
            Session elsewhere = w.signIn().signIn("jo@example.gov.uk", PASSWORD, "127.0.0.2");

            w.accounts().changePassword(account.id(), PASSWORD, "a new and longer passphrase", here.cookie(), here.identity().actor());
            assertThat(w.signIn().session(here.cookie())).isPresent();
            assertThat(w.signIn().session(elsewhere.cookie())).isEmpty();
            assertThatThrownBy(() -> w.signIn().signIn("jo@example.gov.uk", PASSWORD, "127.0.0.1")).isInstanceOf(SignInRefused.class);

            w.signIn().signOut(here.cookie());
            assertThat(w.signIn().session(here.cookie())).isEmpty();

            Session again = w.signIn().signIn("jo@example.gov.uk", "a new and longer passphrase", "127.0.0.1");
            w.accounts().disable("jo@example.gov.uk", Actor.installation());
            assertThat(w.signIn().session(again.cookie())).isEmpty();
            assertThatThrownBy(() -> w.signIn().signIn("jo@example.gov.uk", "a new and longer passphrase", "127.0.0.1"))
                    .isInstanceOf(SignInRefused.class);
        }
    }

    @Test
    void changing_the_password_needs_the_current_one_and_a_good_new_one() {
        try (Workbench w = workbench(Engine.H2, clock())) {
            Account account = w.accounts().add(new NewAccount("ash@example.gov.uk", "Ash Patel", PASSWORD, false, false), Actor.installation());
            assertThatThrownBy(() -> w.accounts().changePassword(account.id(), "not my password", "short", null, Actor.installation()))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                            .containsExactly("currentPassword", "newPassword"));
        }
    }

    @Test
    void new_accounts_name_every_bad_field_and_an_email_is_used_once() {
        try (Workbench w = workbench(Engine.H2, clock())) {
            assertThatThrownBy(() -> w.accounts().add(new NewAccount("not an email", " ", "Password2024!", false, false), Actor.installation()))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                            .containsExactly("email", "name", "password"));
            w.accounts().add(new NewAccount("pat@example.gov.uk", "Pat", PASSWORD, false, false), Actor.installation());
            assertThatThrownBy(() -> w.accounts().add(new NewAccount("PAT@example.gov.uk", "Pat", PASSWORD, false, false), Actor.installation()))
                    .isInstanceOf(Conflict.class);
        }
    }

    @EachEngine
    void api_tokens_are_shown_once_scoped_to_one_role_and_stop_when_revoked_or_the_role_goes(Engine engine) {
        try (Workbench w = workbench(engine, clock())) {
            w.accounts().add(new NewAccount("bot@example.gov.uk", "Data loader", PASSWORD, false, false), Actor.installation());
            w.accounts().grant("bot@example.gov.uk", OADBY, Role.EDITOR, Actor.installation());
            w.accounts().grant("bot@example.gov.uk", OADBY, Role.VIEWER, Actor.installation());

            NewToken token = w.tokens().create("bot@example.gov.uk", OADBY, null, "nightly load", Actor.installation());
            Identity identity = w.tokens().identify(token.secret()).orElseThrow();

            assertThat(token.secret()).startsWith(ApiTokens.PREFIX);
            assertThat(token.role()).isEqualTo(Role.EDITOR);
            assertThat(identity.edits(OADBY)).isTrue();
            assertThat(identity.reads(LEICESTER)).isFalse();
            assertThat(identity.actor().kind()).isEqualTo(uk.bestvalue.Actor.Kind.TOKEN);
            assertThat(w.tokens().list()).singleElement().satisfies(t -> assertThat(t.toString()).doesNotContain(token.secret()));
            assertThat(w.db().count("select count(*) from api_token where token_hash = ?", token.secret())).isZero();

            w.accounts().revoke("bot@example.gov.uk", OADBY, Role.EDITOR, Actor.installation());
            assertThat(w.tokens().identify(token.secret())).as("the role the token was scoped to is gone").isEmpty();
            w.accounts().grant("bot@example.gov.uk", OADBY, Role.EDITOR, Actor.installation());
            assertThat(w.tokens().identify(token.secret())).isPresent();

            w.tokens().revoke(token.id(), Actor.installation());
            assertThat(w.tokens().identify(token.secret())).isEmpty();
            assertThat(w.tokens().identify("bvw_made-up")).isEmpty();
            assertThatThrownBy(() -> w.tokens().create("bot@example.gov.uk", LEICESTER, null, "x", Actor.installation()))
                    .isInstanceOf(Invalid.class);
            assertThatThrownBy(() -> w.tokens().create("bot@example.gov.uk", null, null, "x", Actor.installation()))
                    .isInstanceOf(Invalid.class);
        }
    }

    @Test
    void changes_to_accounts_roles_and_tokens_are_in_the_audit_trail() {
        try (Workbench w = workbench(Engine.H2, clock())) {
            Account account = w.accounts().add(new NewAccount("eve@example.gov.uk", "Eve", PASSWORD, false, false), Actor.installation());
            w.accounts().grant("eve@example.gov.uk", OADBY, Role.AUTHORITY_ADMIN, Actor.installation());
            NewToken token = w.tokens().create("eve@example.gov.uk", OADBY, Role.AUTHORITY_ADMIN, "reports", Actor.installation());
            w.tokens().revoke(token.id(), Actor.user(account.id(), "Eve"));

            var entries = new java.util.ArrayList<AuditEntry>();
            w.audit().forAuthority(OADBY, entries::add);

            assertThat(entries).extracting(AuditEntry::entity, AuditEntry::action).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("account_role", "grant"),
                    org.assertj.core.groups.Tuple.tuple("api_token", "create"),
                    org.assertj.core.groups.Tuple.tuple("api_token", "revoke"));
            assertThat(entries.get(2).actorName()).isEqualTo("Eve");
            assertThat(w.audit().forEntity("account", String.valueOf(account.id()))).singleElement()
                    .satisfies(e -> assertThat(e.after()).contains("\"email\":\"eve@example.gov.uk\"").doesNotContain("argon2"));
            assertThat(w.audit().verify().intact()).isTrue();
        }
    }
}
