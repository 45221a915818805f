package uk.bestvalue.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.bestvalue.Actor;
import uk.bestvalue.store.Database;

/**
 * Signing in and out, and the sessions between. Sessions live in the database, so every node
 * behind a load balancer knows them. Failed attempts are counted per account and per address: too
 * many in a window and further attempts are refused without checking the password.
 */
public final class SignIn {
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(60);
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 30;
    /** Seeing a session again refreshes its last-seen time at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String REFUSED = "Enter the email address and password of an account that can sign in";

    private final Database db;
    private final Clock clock;
    private final Passwords passwords;
    private final AccountRepository repository = new AccountRepository();

    public SignIn(Database db, Clock clock) {
        this(db, clock, new Passwords());
    }

    SignIn(Database db, Clock clock, Passwords passwords) {
        this.db = db;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Checks the password and starts a session, or says why not. */
    public Session signIn(String email, String password, String address) {
        String normalised = Accounts.normalise(email);
        String from = address == null ? "unknown" : address;
        LocalDateTime now = now();
        LocalDateTime since = now.minus(THROTTLE_WINDOW);
        if (repository.failuresForEmail(db, normalised, since) >= FAILURES_PER_ACCOUNT
                || repository.failuresFromAddress(db, from, since) >= FAILURES_PER_ADDRESS) {
            throw new SignInRefused("Too many failed attempts to sign in. Wait " + THROTTLE_WINDOW.toMinutes()
                    + " minutes, then try again.", true);
        }
        Optional<AccountRepository.Stored> found = repository.byEmail(db, normalised);
        boolean matches = found.isPresent() && found.get().passwordHash() != null && !found.get().disabled()
                ? passwords.matches(password == null ? "" : password, found.get().passwordHash())
                : spendTime();
        if (!matches) {
            repository.insertFailure(db, normalised, from, now);
            throw new SignInRefused(REFUSED, false);
        }
        AccountRepository.Stored account = found.get();
        repository.clearFailures(db, normalised, since);
        repository.deleteExpiredSessions(db, now.minus(IDLE_TIMEOUT), now.minus(ABSOLUTE_TIMEOUT));
        String cookie = Secrets.random();
        String csrf = Secrets.random();
        db.transaction(tx -> {
            repository.insertSession(tx, Secrets.sha256(cookie), account.id(), csrf, now);
            return null;
        });
        return new Session(cookie, identity(account), csrf);
    }

    /** The live session a browser's cookie names; none when unknown, expired or the account is disabled. */
    public Optional<Session> session(String cookie) {
        if (cookie == null || cookie.isBlank() || cookie.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(cookie);
        Optional<AccountRepository.SessionRow> row = repository.session(db, hash);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        AccountRepository.SessionRow s = row.get();
        if (s.lastSeenAt().isBefore(now.minus(IDLE_TIMEOUT)) || s.createdAt().isBefore(now.minus(ABSOLUTE_TIMEOUT))) {
            repository.deleteSession(db, hash);
            return Optional.empty();
        }
        Optional<AccountRepository.Stored> account = repository.byId(db, s.accountId()).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (s.lastSeenAt().isBefore(now.minus(TOUCH_EVERY))) {
            repository.touchSession(db, hash, now);
        }
        return Optional.of(new Session(cookie, identity(account.get()), s.csrfToken()));
    }

    public void signOut(String cookie) {
        if (cookie != null && !cookie.isBlank()) {
            repository.deleteSession(db, Secrets.sha256(cookie));
        }
    }

    private Identity identity(AccountRepository.Stored account) {
        return new Identity(account.id(), account.email(), account.displayName(), account.installationAdmin(),
                repository.grants(db, account.id()), Actor.user(account.id(), account.displayName()));
    }

    private boolean spendTime() {
        passwords.spendTheTimeOfAMatch();
        return false;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
