package uk.bestvalue.authority;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of English local authority, with the id used in URLs, files and the API. */
public enum AuthorityType {
    SHIRE_DISTRICT("shire_district", "Shire district", "Shire districts", "Non-metropolitan district council, lower tier under a county"),
    SHIRE_COUNTY("shire_county", "Shire county", "Shire counties", "County council, upper tier over districts"),
    UNITARY("unitary", "Unitary authority", "Unitary authorities", "Single-tier council outside London and the metropolitan areas"),
    METROPOLITAN_DISTRICT("metropolitan_district", "Metropolitan district", "Metropolitan districts", "Single-tier council in a metropolitan county"),
    LONDON_BOROUGH("london_borough", "London borough", "London boroughs", "London borough council, or the City of London Corporation"),
    COMBINED_AUTHORITY("combined_authority", "Combined authority", "Combined authorities", "Combined or combined county authority over several councils"),
    STRATEGIC_AUTHORITY("strategic_authority", "Strategic regional authority", "Strategic regional authorities", "The Greater London Authority");

    private final String id;
    private final String label;
    private final String plural;
    private final String description;

    AuthorityType(String id, String label, String plural, String description) {
        this.id = id;
        this.label = label;
        this.plural = plural;
        this.description = description;
    }

    /** "Shire counties", for headings and group names. */
    public String plural() {
        return plural;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Principal councils: those that deliver services and assess themselves against the Best Value Standards. */
    public boolean isCouncil() {
        return this != COMBINED_AUTHORITY && this != STRATEGIC_AUTHORITY;
    }

    /** Finds a type by id; "county" is accepted for shire counties, as the tidy register names them. */
    public static Optional<AuthorityType> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("county")) {
            return Optional.of(SHIRE_COUNTY);
        }
        return Arrays.stream(values()).filter(type -> type.id.equals(wanted)).findFirst();
    }
}
