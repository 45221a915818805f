package uk.bestvalue.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The committee report's template as the officer fills it in, before issue. Generated from the
 * assessment the first time; every field may then be edited. Dates are YYYY-MM-DD.
 */
public record ReportDraft(String committee, String meetingDate, String status, String title, String authors, String purpose,
                          String summary, String recommendations, List<Contact> contacts, List<String> objectives,
                          List<String> values, Implications implications, List<OfficerComment> officerComments, String consultees,
                          List<Paper> backgroundPapers, String introduction, String futureActivities,
                          @JsonIgnore List<Generated> generated) {

    public static final String FOR_INFORMATION = "information";
    public static final String FOR_DECISION = "decision";

    public ReportDraft {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        values = values == null ? List.of() : List.copyOf(values);
        officerComments = officerComments == null ? List.of() : List.copyOf(officerComments);
        backgroundPapers = backgroundPapers == null ? List.of() : List.copyOf(backgroundPapers);
        implications = implications == null ? Implications.none() : implications;
        generated = generated == null ? List.of() : List.copyOf(generated);
    }

    /** A draft as an officer or a client gives it, without the record of what was written from the assessment. */
    public ReportDraft(String committee, String meetingDate, String status, String title, String authors, String purpose,
                       String summary, String recommendations, List<Contact> contacts, List<String> objectives,
                       List<String> values, Implications implications, List<OfficerComment> officerComments, String consultees,
                       List<Paper> backgroundPapers, String introduction, String futureActivities) {
        this(committee, meetingDate, status, title, authors, purpose, summary, recommendations, contacts, objectives, values, implications,
                officerComments, consultees, backgroundPapers, introduction, futureActivities, List.of());
    }

    ReportDraft withGenerated(List<Generated> basis) {
        return new ReportDraft(committee, meetingDate, status, title, authors, purpose, summary, recommendations, contacts, objectives,
                values, implications, officerComments, consultees, backgroundPapers, introduction, futureActivities, basis);
    }

    /** The same draft with the statutory officers' comments as recorded in the sign-off. */
    ReportDraft withOfficerComments(List<OfficerComment> comments) {
        return new ReportDraft(committee, meetingDate, status, title, authors, purpose, summary, recommendations, contacts, objectives,
                values, implications, comments, consultees, backgroundPapers, introduction, futureActivities, generated);
    }

    ReportDraft withSection(String section, String text) {
        return new ReportDraft(committee, meetingDate, status, title, authors, purpose, summary, recommendations, contacts, objectives,
                values, implications, officerComments, consultees, backgroundPapers,
                Generated.INTRODUCTION.equals(section) ? text : introduction, Generated.FUTURE.equals(section) ? text : futureActivities,
                generated);
    }

    /** The text of a body section, with line ends as \n whatever the browser sent. */
    String section(String section) {
        String text = Generated.INTRODUCTION.equals(section) ? introduction : futureActivities;
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    /**
     * A paragraph of the body written from the assessment, as it was written: {@code key} names what
     * it says (e.g. the follow-on actions), {@code section} where it stands. Kept with the draft so
     * that the editor can tell when the assessment has moved on, and which paragraphs the officer edited.
     */
    public record Generated(String key, String section, String text) {
        public static final String INTRODUCTION = "introduction";
        public static final String FUTURE = "futureActivities";
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
