package uk.bestvalue.authority;

import java.util.Locale;

/** A search of the register: free text on name or code, with optional type and region filters. */
public record AuthorityQuery(String text, AuthorityType type, Region region, AuthorityStatus status) {
    public AuthorityQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        status = status == null ? AuthorityStatus.CURRENT : status;
    }

    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
