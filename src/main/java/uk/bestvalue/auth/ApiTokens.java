package uk.bestvalue.auth;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.store.Database;

/**
 * Tokens for machine clients ({@code Authorization: Bearer ...}): shown once, stored as a SHA-256
 * digest (the secret is 256 random bits, so a slow hash adds nothing), revocable, and scoped to one
 * role at one authority. A token works only while its account is enabled and still holds that role.
 */
public final class ApiTokens {
    /** Tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
    public static final String PREFIX = "bvw_";

    private final Database db;
    private final AuditTrail audit;
    private final AuthorityRegister authorities;
    private final Clock clock;
    private final AccountRepository repository = new AccountRepository();

    public ApiTokens(Database db, AuditTrail audit, AuthorityRegister authorities, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.authorities = authorities;
        this.clock = clock;
    }

    /**
     * Creates a token for the account. With an authority, the token acts in one role there (the
     * given one, else the most capable the account holds); without, only an installation admin's
     * token, acting as installation admin.
     */
    public NewToken create(String email, String authorityCode, Role role, String label, Actor actor) {
        AccountRepository.Stored account = repository.byEmail(db, Accounts.normalise(email))
                .orElseThrow(() -> new NotFound("Account not found", "No account has the email " + Accounts.normalise(email)));
        if (account.disabled()) {
            throw new Invalid("email", "The account " + account.email() + " is disabled");
        }
        String authority = null;
        Role scoped = null;
        if (authorityCode != null && !authorityCode.isBlank()) {
            authority = authorities.require(authorityCode.strip()).code().value();
            List<Grant> grants = repository.grants(db, account.id());
            String at = authority;
            scoped = role != null ? role : grants.stream().filter(g -> g.authority().equals(at)).map(Grant::role)
                    .min(Comparator.naturalOrder()).orElse(account.installationAdmin() ? Role.AUTHORITY_ADMIN : null);
            if (scoped == null || !(account.installationAdmin() || repository.hasGrant(db, account.id(), authority, scoped))) {
                throw new Invalid("role", account.email() + " holds no " + (role == null ? "role" : "role " + role.code())
                        + " at " + authority);
            }
        } else if (!account.installationAdmin()) {
            throw new Invalid("authority", "Name the authority the token acts for: only an installation admin's token may act for the whole installation");
        }
        String secret = PREFIX + Secrets.random();
        String name = label == null || label.isBlank() ? "API token" : label.strip();
        LocalDateTime now = now();
        String a = authority;
        Role r = scoped;
        long id = db.transaction(tx -> {
            long created = repository.insertToken(tx, Secrets.sha256(secret), account.id(), a, r, name, now);
            audit.record(tx, actor, a, "api_token", String.valueOf(created), "create", null, describe(account.email(), a, r, name));
            return created;
        });
        return new NewToken(id, secret, a, r, name);
    }

    public void revoke(long id, Actor actor) {
        AccountRepository.TokenRow token = repository.token(db, id)
                .orElseThrow(() -> new NotFound("Token not found", "No API token has the id " + id));
        if (token.revokedAt() != null) {
            return;
        }
        db.transaction(tx -> {
            repository.revokeToken(tx, id, now());
            audit.record(tx, actor, token.authority(), "api_token", String.valueOf(id), "revoke",
                    Map.of("revoked", false), Map.of("revoked", true));
            return null;
        });
    }

    public List<TokenSummary> list() {
        Map<Long, String> emails = new LinkedHashMap<>();
        repository.all(db).forEach(a -> emails.put(a.id(), a.email()));
        return repository.tokens(db).stream().map(t -> new TokenSummary(t.id(), emails.get(t.accountId()), t.authority(), t.role(),
                t.label(), t.createdAt(), t.revokedAt())).toList();
    }

    /** Who a bearer token acts as; none when unknown, revoked, or its account can no longer act so. */
    public Optional<Identity> identify(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<AccountRepository.TokenRow> found = repository.tokenByHash(db, Secrets.sha256(secret)).filter(t -> t.revokedAt() == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountRepository.TokenRow token = found.get();
        Optional<AccountRepository.Stored> account = repository.byId(db, token.accountId()).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        AccountRepository.Stored holder = account.get();
        Actor actor = new Actor(Actor.Kind.TOKEN, holder.id(), holder.displayName() + " (API token: " + token.label() + ")");
        if (token.authority() == null) {
            return holder.installationAdmin()
                    ? Optional.of(new Identity(holder.id(), holder.email(), holder.displayName(), true, List.of(), actor))
                    : Optional.empty();
        }
        boolean stillHeld = holder.installationAdmin() || repository.hasGrant(db, holder.id(), token.authority(), token.role());
        return stillHeld
                ? Optional.of(new Identity(holder.id(), holder.email(), holder.displayName(), false,
                        List.of(new Grant(token.authority(), token.role())), actor))
                : Optional.empty();
    }

    private static Map<String, Object> describe(String email, String authority, Role role, String label) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("account", email);
        map.put("authority", authority);
        map.put("role", role == null ? null : role.code());
        map.put("label", label);
        return map;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
