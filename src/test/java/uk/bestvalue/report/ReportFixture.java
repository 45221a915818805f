package uk.bestvalue.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.MoveInput;
import uk.bestvalue.assessment.ScoreInput;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.auth.Grant;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Role;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** A workbench with the example assessment, the authority's report settings and a filled-in draft. */
final class ReportFixture implements AutoCloseable {
    static final OnsCode OADBY = new OnsCode("E07000135");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneId.of("Europe/London"));

    /** The installation admin, who may make every move. */
    static final Identity ADMIN = new Identity(0, "admin@fixture.invalid", "Installation admin", true, List.of(), Actor.installation());

    final Workbench workbench;
    final long assessmentId;

    ReportFixture(Engine engine) {
        this(engine, true);
    }

    /**
     * The example assessment with report settings and a draft; with {@code withOfficers}, sent to the
     * statutory officers, who comment (from then on nothing in it can change). Without, it stays a
     * draft for tests that change it, which call {@link #sendToOfficers()} when they are done.
     */
    ReportFixture(Engine engine, boolean withOfficers) {
        workbench = Workbench.on(TestDatabases.fresh(engine), CLOCK);
        workbench.loadShippedData();
        assessmentId = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
        workbench.reports().saveSettings(OADBY, new AuthoritySettings("Oadby and Wigston Borough Council", null,
                List.of(new Coded("SO1", "Our Council"), new Coded("SO2", "Our Communities")), "Our Borough - The Place To Be",
                List.of(new Coded("V1", "Customer & Community Focused"), new Coded("V4", "Resourceful & Resilient")),
                List.of(new Coded("CR1", "Decreasing Financial Resources"), new Coded("CR6", "Regulatory Governance")),
                List.of(new Contact("Chief Executive", "Head of Paid Service", "0116 000 0000", "chief.executive@example.org")),
                List.of("Full Council", "Policy, Finance and Development Committee")));
        ReportDraft first = workbench.reports().draft(assessmentId);
        workbench.reports().saveDraft(Actor.installation(), assessmentId, new ReportDraft(first.committee(), "2024-04-16", first.status(), first.title(),
                first.authors(), first.purpose(), first.summary(), first.recommendations(), first.contacts(), List.of("SO1", "SO2"),
                List.of("V1", "V4"), new ReportDraft.Implications("None.", "None.", List.of("CR1", "CR6"), null, "None.", "EA not applicable.",
                        "None.", "None."),
                List.of(),
                first.consultees(), List.of(new ReportDraft.Paper("Best Value guidance report to Full Council, September 2023", null)),
                first.introduction(), first.futureActivities()));
        if (withOfficers) {
            sendToOfficers();
        }
    }

    /** The statutory officers comment in the sign-off, while the assessment is with them. */
    void sendToOfficers() {
        Workflow workflow = workbench.workflow();
        workflow.move(ADMIN, assessmentId, new MoveInput("in_review", null, null, null, null));
        workflow.move(ADMIN, assessmentId, new MoveInput("statutory_officers", null, null, null, null));
        workflow.comment(officer(Role.HEAD_OF_PAID_SERVICE), assessmentId, null, "The report is satisfactory.", "2024-04-02");
        workflow.comment(officer(Role.CHIEF_FINANCE_OFFICER), assessmentId, null, "The report is satisfactory.", "2024-04-02");
        workflow.comment(officer(Role.MONITORING_OFFICER), assessmentId, null, "The report is satisfactory.", "2024-04-03");
    }

    /** Someone holding one statutory officer's role at Oadby and Wigston. */
    static Identity officer(Role role) {
        long id = 900 + role.ordinal();
        return new Identity(id, role.code() + "@fixture.invalid", role.label(), false, List.of(new Grant(OADBY.value(), role)),
                Actor.user(id, role.label()));
    }

    /** Rolls the example forward a year and changes two scores, so the next report is an update. */
    long nextYear() {
        long next = workbench.years().rollForward(Actor.installation(), assessmentId, "2024/25", null).id();
        workbench.assessments().scoreTheme(Actor.installation(), next, "RES", new ScoreInput("good", "Finance posts filled."));
        workbench.assessments().scoreTheme(Actor.installation(), next, "LEAD", new ScoreInput("fair", "Interim appointments this year.", null,
                "Two statutory officer posts were filled on an interim basis for most of the year."));
        return next;
    }

    @Override
    public void close() {
        workbench.close();
    }
}
