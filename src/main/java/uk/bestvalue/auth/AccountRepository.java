package uk.bestvalue.auth;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.store.Sql;

/** The SQL of accounts, roles, sessions, API tokens and failed sign-ins. */
final class AccountRepository {

    /** An account as stored, with its password hash, for sign-in only. */
    record Stored(long id, String email, String displayName, String passwordHash, boolean installationAdmin,
                  boolean disabled, boolean demo, LocalDateTime createdAt) {
    }

    record SessionRow(long accountId, String csrfToken, LocalDateTime createdAt, LocalDateTime lastSeenAt) {
    }

    record TokenRow(long id, long accountId, String authority, Role role, String label, LocalDateTime createdAt,
                    LocalDateTime revokedAt) {
    }

    private static final String ACCOUNT_COLUMNS =
            "id, email, display_name, password_hash, installation_admin, disabled, demo, created_at";
    private static final String TOKEN_COLUMNS = "id, account_id, authority_code, role, label, created_at, revoked_at";

    long insertAccount(Sql tx, String email, String displayName, String passwordHash, boolean admin, boolean demo,
                       LocalDateTime now) {
        return tx.insert("insert into account (email, display_name, password_hash, installation_admin, disabled, demo,"
                + " created_at, password_changed_at) values (?, ?, ?, ?, false, ?, ?, ?)",
                email, displayName, passwordHash, admin, demo, now, now);
    }

    Optional<Stored> byEmail(Sql sql, String email) {
        return sql.queryOne("select " + ACCOUNT_COLUMNS + " from account where email = ?", AccountRepository::stored, email);
    }

    Optional<Stored> byId(Sql sql, long id) {
        return sql.queryOne("select " + ACCOUNT_COLUMNS + " from account where id = ?", AccountRepository::stored, id);
    }

    List<Stored> all(Sql sql) {
        return sql.query("select " + ACCOUNT_COLUMNS + " from account order by email", AccountRepository::stored);
    }

    List<Grant> grants(Sql sql, long accountId) {
        return sql.query("select authority_code, role from account_role where account_id = ? order by authority_code, role",
                row -> new Grant(row.getString(1), Role.of(row.getString(2)).orElseThrow()), accountId);
    }

    boolean hasGrant(Sql sql, long accountId, String authority, Role role) {
        return sql.count("select count(*) from account_role where account_id = ? and authority_code = ? and role = ?",
                accountId, authority, role.code()) > 0;
    }

    void insertGrant(Sql tx, long accountId, String authority, Role role) {
        tx.update("insert into account_role (account_id, authority_code, role) values (?, ?, ?)", accountId, authority, role.code());
    }

    int deleteGrant(Sql tx, long accountId, String authority, Role role) {
        return tx.update("delete from account_role where account_id = ? and authority_code = ? and role = ?",
                accountId, authority, role.code());
    }

    void setDisabled(Sql tx, long accountId, boolean disabled) {
        tx.update("update account set disabled = ? where id = ?", disabled, accountId);
    }

    void setPassword(Sql tx, long accountId, String hash, LocalDateTime now) {
        tx.update("update account set password_hash = ?, password_changed_at = ? where id = ?", hash, now, accountId);
    }

    void insertSession(Sql tx, String tokenHash, long accountId, String csrf, LocalDateTime now) {
        tx.update("insert into account_session (token_hash, account_id, csrf_token, created_at, last_seen_at) values (?, ?, ?, ?, ?)",
                tokenHash, accountId, csrf, now, now);
    }

    Optional<SessionRow> session(Sql sql, String tokenHash) {
        return sql.queryOne("select account_id, csrf_token, created_at, last_seen_at from account_session where token_hash = ?",
                row -> new SessionRow(row.getLong(1), row.getString(2), row.getObject(3, LocalDateTime.class),
                        row.getObject(4, LocalDateTime.class)), tokenHash);
    }

    void touchSession(Sql sql, String tokenHash, LocalDateTime now) {
        sql.update("update account_session set last_seen_at = ? where token_hash = ?", now, tokenHash);
    }

    void deleteSession(Sql sql, String tokenHash) {
        sql.update("delete from account_session where token_hash = ?", tokenHash);
    }

    void deleteSessionsOf(Sql tx, long accountId, String exceptTokenHash) {
        tx.update("delete from account_session where account_id = ? and token_hash <> ?", accountId,
                exceptTokenHash == null ? "" : exceptTokenHash);
    }

    void deleteExpiredSessions(Sql sql, LocalDateTime idleBefore, LocalDateTime createdBefore) {
        sql.update("delete from account_session where last_seen_at < ? or created_at < ?", idleBefore, createdBefore);
    }

    long insertToken(Sql tx, String tokenHash, long accountId, String authority, Role role, String label, LocalDateTime now) {
        return tx.insert("insert into api_token (token_hash, account_id, authority_code, role, label, created_at) values (?, ?, ?, ?, ?, ?)",
                tokenHash, accountId, authority, role == null ? null : role.code(), label, now);
    }

    Optional<TokenRow> tokenByHash(Sql sql, String tokenHash) {
        return sql.queryOne("select " + TOKEN_COLUMNS + " from api_token where token_hash = ?", AccountRepository::token, tokenHash);
    }

    Optional<TokenRow> token(Sql sql, long id) {
        return sql.queryOne("select " + TOKEN_COLUMNS + " from api_token where id = ?", AccountRepository::token, id);
    }

    List<TokenRow> tokens(Sql sql) {
        return sql.query("select " + TOKEN_COLUMNS + " from api_token order by id", AccountRepository::token);
    }

    void revokeToken(Sql tx, long id, LocalDateTime now) {
        tx.update("update api_token set revoked_at = ? where id = ? and revoked_at is null", now, id);
    }

    void insertFailure(Sql sql, String email, String address, LocalDateTime now) {
        sql.update("insert into sign_in_failure (email, address, at) values (?, ?, ?)", email, address, now);
    }

    long failuresForEmail(Sql sql, String email, LocalDateTime since) {
        return sql.count("select count(*) from sign_in_failure where email = ? and at >= ?", email, since);
    }

    long failuresFromAddress(Sql sql, String address, LocalDateTime since) {
        return sql.count("select count(*) from sign_in_failure where address = ? and at >= ?", address, since);
    }

    void clearFailures(Sql sql, String email, LocalDateTime before) {
        sql.update("delete from sign_in_failure where email = ? or at < ?", email, before);
    }

    private static Stored stored(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5),
                row.getBoolean(6), row.getBoolean(7), row.getObject(8, LocalDateTime.class));
    }

    private static TokenRow token(java.sql.ResultSet row) throws java.sql.SQLException {
        String role = row.getString(4);
        return new TokenRow(row.getLong(1), row.getLong(2), row.getString(3), role == null ? null : Role.of(role).orElseThrow(),
                row.getString(5), row.getObject(6, LocalDateTime.class), row.getObject(7, LocalDateTime.class));
    }
}
