package uk.bestvalue.report;

import java.util.List;

/**
 * The committee report's template as the officer fills it in, before issue. Generated from the
 * assessment the first time; every field may then be edited. Dates are YYYY-MM-DD.
 */
public record ReportDraft(String committee, String meetingDate, String status, String title, String authors, String purpose,
                          String summary, String recommendations, List<Contact> contacts, List<String> objectives,
                          List<String> values, Implications implications, List<OfficerComment> officerComments, String consultees,
                          List<Paper> backgroundPapers, String introduction, String futureActivities) {

    public static final String FOR_INFORMATION = "information";
    public static final String FOR_DECISION = "decision";

    public ReportDraft {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        values = values == null ? List.of() : List.copyOf(values);
        officerComments = officerComments == null ? List.of() : List.copyOf(officerComments);
        backgroundPapers = backgroundPapers == null ? List.of() : List.copyOf(backgroundPapers);
        implications = implications == null ? Implications.none() : implications;
    }

    public String statusLabel() {
        return FOR_DECISION.equals(status) ? "Matter for Decision" : "Matter for Information";
    }

    /** The report implications, each a short statement; risks are the authority's risk register codes. */
    public record Implications(String legal, String financial, List<String> risks, String riskNote, String equalities,
                               String equalityAssessment, String humanRights, String healthAndSafety) {
        public Implications {
            risks = risks == null ? List.of() : List.copyOf(risks);
        }

        static final String NONE = "There are no implications directly arising from this report.";

        public static Implications none() {
            return new Implications(NONE, NONE, List.of(), null, NONE, "Not applicable.", NONE, NONE);
        }
    }

    /** A statutory officer's comment on the report, with its date. */
    public record OfficerComment(String role, String comment, String date) {
    }

    /** A background paper: its title and, where published, its address. */
    public record Paper(String title, String link) {
    }
}
