package uk.bestvalue.auth;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an account may do at one authority. The installation admin is not a role at an authority
 * but a flag on the account ({@link Account#installationAdmin()}).
 */
public enum Role {
    AUTHORITY_ADMIN("authority-admin", "Authority admin"),
    EDITOR("editor", "Editor"),
    REVIEWER("reviewer", "Reviewer"),
    HEAD_OF_PAID_SERVICE("head-of-paid-service", "Head of Paid Service"),
    CHIEF_FINANCE_OFFICER("chief-finance-officer", "Chief Finance Officer (s151)"),
    MONITORING_OFFICER("monitoring-officer", "Monitoring Officer"),
    VIEWER("viewer", "Viewer");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** May change the authority's assessments, evidence, actions and report drafts. */
    public boolean edits() {
        return this == AUTHORITY_ADMIN || this == EDITOR;
    }

    /** One of the three statutory officers who comment on the assessment before approval. */
    public boolean statutoryOfficer() {
        return this == HEAD_OF_PAID_SERVICE || this == CHIEF_FINANCE_OFFICER || this == MONITORING_OFFICER;
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** The roles in the order they are declared here, from authority admin to viewer. */
    public static java.util.List<Role> sorted(java.util.Collection<Role> roles) {
        return Arrays.stream(values()).filter(roles::contains).toList();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Role::code).toList());
    }
}
