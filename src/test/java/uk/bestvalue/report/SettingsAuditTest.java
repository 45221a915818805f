package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.auth.AuditEntry;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A change to an authority's report settings is in the audit trail: who, when, before and after, the logo by its size only. */
class SettingsAuditTest {

    @EachEngine
    void saving_report_settings_records_who_changed_what(Engine engine) {
        try (ReportFixture fixture = new ReportFixture(engine)) {
            AuthoritySettings before = fixture.workbench.reports().settings(ReportFixture.OADBY);
            String logo = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
            AuthoritySettings after = new AuthoritySettings(before.displayName(), logo, before.objectives(), "A place to be proud of",
                    before.values(), before.risks(), before.contacts(), before.committees());

            fixture.workbench.reports().saveSettings(Actor.user(42, "Head of Democratic Services"), ReportFixture.OADBY, after);

            List<AuditEntry> trail = fixture.workbench.audit().forEntity("report_settings", "E07000135");
            assertThat(trail).extracting(AuditEntry::action).containsExactly("create", "update");
            AuditEntry update = trail.get(1);
            assertThat(update.actorName()).isEqualTo("Head of Democratic Services");
            assertThat(update.authority()).isEqualTo("E07000135");
            assertThat(update.before()).contains("Our Borough - The Place To Be");
            assertThat(update.after()).contains("A place to be proud of", "a logo of " + logo.length() + " characters").doesNotContain("base64");
        }
    }
}
