package uk.bestvalue.auth;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.Conflict;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.store.Database;

/**
 * People's accounts and the roles they hold at authorities. Every change is recorded in the audit
 * trail in the transaction that makes it.
 */
public final class Accounts {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private final Database db;
    private final AuditTrail audit;
    private final AuthorityRegister authorities;
    private final Clock clock;
    private final AccountRepository repository = new AccountRepository();
    private final Passwords passwords;
    private final PasswordPolicy policy = PasswordPolicy.shipped();

    public Accounts(Database db, AuditTrail audit, AuthorityRegister authorities, Clock clock) {
        this(db, audit, authorities, clock, new Passwords());
    }

    Accounts(Database db, AuditTrail audit, AuthorityRegister authorities, Clock clock, Passwords passwords) {
        this.db = db;
        this.audit = audit;
        this.authorities = authorities;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Creates an account; every bad field is named at once, and an email already in use is a conflict. */
    public Account add(NewAccount input, Actor actor) {
        String email = normalise(input.email());
        String name = input.displayName() == null ? "" : input.displayName().strip();
        List<FieldError> errors = new ArrayList<>();
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@example.gov.uk"));
        }
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "Enter a name of 200 characters or fewer"));
        }
        policy.problem(input.password(), email, name).ifPresent(p -> errors.add(new FieldError("password", p)));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String hash = passwords.hash(input.password());
        LocalDateTime now = now();
        long id = db.transaction(tx -> {
            if (repository.byEmail(tx, email).isPresent()) {
                throw new Conflict("An account with the email " + email + " already exists");
            }
            long created = repository.insertAccount(tx, email, name, hash, input.installationAdmin(), input.demo(), now);
            audit.record(tx, actor, null, "account", String.valueOf(created), "create", null,
                    summary(email, name, input.installationAdmin(), false, input.demo()));
            return created;
        });
        return account(id);
    }

    /** Gives an account a role at an authority; holding it already changes nothing. */
    public Account grant(String email, String authorityCode, Role role, Actor actor) {
        String authority = authorities.require(authorityCode).code().value();
        AccountRepository.Stored account = stored(email);
        db.transaction(tx -> {
            if (!repository.hasGrant(tx, account.id(), authority, role)) {
                repository.insertGrant(tx, account.id(), authority, role);
                audit.record(tx, actor, authority, "account_role", account.id() + "/" + authority + "/" + role.code(), "grant",
                        null, Map.of("account", account.email(), "authority", authority, "role", role.code()));
            }
            return null;
        });
        return account(account.id());
    }

    /** Takes a role away; tokens scoped to it stop working with it. */
    public Account revoke(String email, String authorityCode, Role role, Actor actor) {
        String authority = authorities.require(authorityCode).code().value();
        AccountRepository.Stored account = stored(email);
        db.transaction(tx -> {
            if (repository.deleteGrant(tx, account.id(), authority, role) > 0) {
                audit.record(tx, actor, authority, "account_role", account.id() + "/" + authority + "/" + role.code(), "revoke",
                        Map.of("account", account.email(), "authority", authority, "role", role.code()), null);
            }
            return null;
        });
        return account(account.id());
    }

    /** Stops an account signing in or using its tokens, and ends its sessions. */
    public Account disable(String email, Actor actor) {
        AccountRepository.Stored account = stored(email);
        db.transaction(tx -> {
            if (!account.disabled()) {
                repository.setDisabled(tx, account.id(), true);
                repository.deleteSessionsOf(tx, account.id(), null);
                audit.record(tx, actor, null, "account", String.valueOf(account.id()), "disable",
                        Map.of("disabled", false), Map.of("disabled", true));
            }
            return null;
        });
        return account(account.id());
    }

    /**
     * Changes the account's own password after checking the current one; every other session of the
     * account ends, so a password changed because it leaked locks out whoever used it.
     */
    public void changePassword(long accountId, String current, String replacement, String keepSessionCookie, Actor actor) {
        AccountRepository.Stored account = repository.byId(db, accountId)
                .orElseThrow(() -> new NotFound("Account not found", "No account has the id " + accountId));
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty() || !passwords.matches(current, account.passwordHash())) {
            errors.add(new FieldError("currentPassword", "Your current password is not correct"));
        }
        policy.problem(replacement, account.email(), account.displayName()).ifPresent(p -> errors.add(new FieldError("newPassword", p)));
        if (errors.isEmpty() && replacement.equals(current)) {
            errors.add(new FieldError("newPassword", "New password must be different from your current password"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String hash = passwords.hash(replacement);
        LocalDateTime now = now();
        db.transaction(tx -> {
            repository.setPassword(tx, accountId, hash, now);
            repository.deleteSessionsOf(tx, accountId, keepSessionCookie == null ? null : Secrets.sha256(keepSessionCookie));
            audit.record(tx, actor, null, "account", String.valueOf(accountId), "change-password", null,
                    Map.of("passwordChangedAt", now.toString()));
            return null;
        });
    }

    /** A password that meets the policy, for an account created without one: about 128 random bits. */
    public String generatePassword() {
        return Secrets.random().substring(0, 24);
    }

    public List<Account> list() {
        return repository.all(db).stream().map(s -> withGrants(s)).toList();
    }

    public Account account(long id) {
        return repository.byId(db, id).map(this::withGrants)
                .orElseThrow(() -> new NotFound("Account not found", "No account has the id " + id));
    }

    public Account account(String email) {
        return withGrants(stored(email));
    }

    /** The demo's accounts, which the sign-in page lists so a newcomer can try each role. */
    public List<Account> demoAccounts() {
        return list().stream().filter(Account::demo).filter(a -> !a.disabled()).toList();
    }

    /** The accounts holding any role at the authority, with all their grants. */
    public List<Account> at(String authority) {
        return list().stream().filter(a -> a.grants().stream().anyMatch(g -> g.authority().equalsIgnoreCase(authority))).toList();
    }

    public boolean exists(String email) {
        return repository.byEmail(db, normalise(email)).isPresent();
    }

    public boolean any() {
        return db.count("select count(*) from account") > 0;
    }

    private AccountRepository.Stored stored(String email) {
        String normalised = normalise(email);
        return repository.byEmail(db, normalised)
                .orElseThrow(() -> new NotFound("Account not found", "No account has the email " + normalised));
    }

    private Account withGrants(AccountRepository.Stored s) {
        return new Account(s.id(), s.email(), s.displayName(), s.installationAdmin(), s.disabled(), s.demo(), s.createdAt(),
                repository.grants(db, s.id()));
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> summary(String email, String name, boolean admin, boolean disabled, boolean demo) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("email", email);
        map.put("displayName", name);
        map.put("installationAdmin", admin);
        map.put("disabled", disabled);
        map.put("demo", demo);
        return map;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
