package uk.bestvalue;

import java.time.Clock;
import uk.bestvalue.assessment.ActionPlan;
import uk.bestvalue.assessment.AssessmentChanges;
import uk.bestvalue.auth.Accounts;
import uk.bestvalue.auth.ApiTokens;
import uk.bestvalue.auth.AuditLog;
import uk.bestvalue.auth.SignIn;
import uk.bestvalue.assessment.AssessmentExchange;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceLibrary;
import uk.bestvalue.assessment.YearToYear;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.neighbours.Neighbours;
import uk.bestvalue.network.Networks;
import uk.bestvalue.report.Reports;
import uk.bestvalue.store.Database;
import uk.bestvalue.warning.SuggestedEvidence;
import uk.bestvalue.warning.Warnings;

/**
 * The composition root: the database and every feature's public face, built with plain
 * constructors from one {@link Config}. Commands and tests open one and close it when done.
 */
public record Workbench(Database db, Clock clock, AuthorityRegister authorities, FrameworkCatalogue frameworks,
                        Assessments assessments, EvidenceLibrary evidence, ActionPlan actions, YearToYear years,
                        AssessmentExchange exchange, Reports reports, Explorer explorer,
                        AuditLog audit, Accounts accounts, SignIn signIn, ApiTokens tokens,
                        Workflow workflow, Warnings warnings, SuggestedEvidence suggestions, Neighbours neighbours, Networks networks)
        implements AutoCloseable {

    /** Opens the configured database, brings its schema up to date and builds the features on it. */
    public static Workbench open(Config config) {
        return on(Database.migrated(config.databaseSettings()), Clock.systemDefaultZone());
    }

    /** Builds the features on a database that is already open and migrated. */
    public static Workbench on(Database db, Clock clock) {
        AuthorityRegister authorities = new AuthorityRegister(db);
        AuditLog audit = new AuditLog(db, clock);
        FrameworkCatalogue frameworks = new FrameworkCatalogue(db, clock, audit);
        AssessmentChanges changes = new AssessmentChanges(db, audit, clock);
        Assessments assessments = new Assessments(db, changes, frameworks, authorities, clock);
        YearToYear years = new YearToYear(db, changes, assessments, frameworks, clock);
        Explorer explorer = new Explorer(db, authorities, clock, audit);
        Neighbours neighbours = new Neighbours(db, authorities, explorer, clock);
        explorer.addGroupSource(neighbours);
        Networks networks = new Networks(db, authorities, assessments, explorer, audit, clock);
        explorer.addGroupSource(networks);
        Workflow workflow = new Workflow(db, changes, assessments, audit, clock);
        Warnings warnings = new Warnings(db, explorer, authorities, frameworks, clock, audit);
        // Every import that changes values re-evaluates the early-warning rules that read those metrics.
        explorer.afterImport((result, metrics) -> warnings.afterImport(result.importId(), metrics));
        EvidenceLibrary evidence = new EvidenceLibrary(db, changes, assessments, clock);
        Reports reports = new Reports(db, changes, assessments, years, authorities, explorer, clock, workflow, audit);
        SuggestedEvidence suggestions = new SuggestedEvidence(db, warnings, assessments, changes, evidence, reports, explorer);
        evidence.addDependents(reports.evidenceDependents());
        evidence.addDependents(suggestions.evidenceDependents());
        return new Workbench(db, clock, authorities, frameworks, assessments,
                evidence,
                new ActionPlan(db, changes, assessments, clock),
                years,
                new AssessmentExchange(db, changes, assessments, clock),
                reports,
                explorer,
                audit, new Accounts(db, audit, authorities, clock), new SignIn(db, clock),
                new ApiTokens(db, audit, authorities, clock),
                workflow, warnings, suggestions,
                neighbours, networks);
    }

    public static Workbench on(Database db) {
        return on(db, Clock.systemDefaultZone());
    }

    /** Loads what ships with the product and is not in the database yet: the register, frameworks and scales. */
    public void loadShippedData() {
        authorities.loadShippedRegisterIfEmpty();
        authorities.applyCorrections(audit);
        frameworks.loadShipped();
    }

    @Override
    public void close() {
        db.close();
    }
}
