package uk.bestvalue.report;

import java.util.List;

/**
 * What an authority's reports carry: its name as printed, logo, strategic objectives, vision and
 * values, corporate risk register, default contacts and committees.
 */
public record AuthoritySettings(String displayName, String logoDataUri, List<Coded> objectives, String vision, List<Coded> values,
                                List<Coded> risks, List<Contact> contacts, List<String> committees) {
    public AuthoritySettings {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        values = values == null ? List.of() : List.copyOf(values);
        risks = risks == null ? List.of() : List.copyOf(risks);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        committees = committees == null ? List.of() : List.copyOf(committees);
    }

    public static AuthoritySettings defaults(String authorityName) {
        return new AuthoritySettings(authorityName + " Council", null, List.of(), null, List.of(), List.of(), List.of(),
                List.of("Full Council"));
    }

    public String label(List<Coded> list, String code) {
        return list.stream().filter(c -> c.code().equals(code)).findFirst().map(Coded::toString).orElse(code);
    }
}
