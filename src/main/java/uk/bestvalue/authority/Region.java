package uk.bestvalue.authority;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The nine English regions, with their ONS region (RGN) codes. */
public enum Region {
    NORTH_EAST("E12000001", "North East"),
    NORTH_WEST("E12000002", "North West"),
    YORKSHIRE_AND_THE_HUMBER("E12000003", "Yorkshire and The Humber"),
    EAST_MIDLANDS("E12000004", "East Midlands"),
    WEST_MIDLANDS("E12000005", "West Midlands"),
    EAST_OF_ENGLAND("E12000006", "East of England"),
    LONDON("E12000007", "London"),
    SOUTH_EAST("E12000008", "South East"),
    SOUTH_WEST("E12000009", "South West");

    private final String code;
    private final String label;

    Region(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Region> fromCode(String code) {
        return Arrays.stream(values()).filter(region -> region.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** Finds a region by its ONS code or by its name, ignoring case. */
    public static Optional<Region> fromCodeOrName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(region -> region.code.equalsIgnoreCase(wanted) || region.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
