package uk.bestvalue.auth;

/** What creating an account needs; the password is checked against the policy and only its hash kept. */
public record NewAccount(String email, String displayName, String password, boolean installationAdmin, boolean demo) {
}
