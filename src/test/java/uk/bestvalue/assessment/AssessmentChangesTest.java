package uk.bestvalue.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** Every change to an assessment goes through one path: loaded, checked, written, dated and recorded together. */
class AssessmentChangesTest {
    private static final Actor OFFICER = Actor.user(7, "A. Officer");

    record Entry(Actor actor, String authority, String entity, String entityId, String action) {
    }

    /** The parts of the assessment feature, built by hand on a trail that remembers what it was told (or refuses). */
    static final class Parts implements AutoCloseable {
        final Database db;
        final List<Entry> trail = new ArrayList<>();
        final Clock clock = Clock.fixed(Instant.parse("2026-05-01T09:30:00Z"), ZoneId.of("UTC"));
        boolean refuse;
        final Assessments assessments;
        final EvidenceLibrary evidence;
        final ActionPlan actions;

        Parts(Engine engine) {
            db = TestDatabases.fresh(engine);
            AuthorityRegister authorities = new AuthorityRegister(db);
            FrameworkCatalogue frameworks = new FrameworkCatalogue(db, clock, new uk.bestvalue.auth.AuditLog(db, clock));
            authorities.loadShippedRegisterIfEmpty();
            frameworks.loadShipped();
            AuditTrail audit = (tx, actor, authority, entity, id, action, before, after) -> {
                if (refuse) {
                    throw new IllegalStateException("the trail cannot be written");
                }
                trail.add(new Entry(actor, authority, entity, id, action));
            };
            AssessmentChanges changes = new AssessmentChanges(db, audit, clock);
            assessments = new Assessments(db, changes, frameworks, authorities, clock);
            evidence = new EvidenceLibrary(db, changes, assessments, clock);
            actions = new ActionPlan(db, changes, assessments, clock);
        }

        long anAssessment() {
            return assessments.create(OFFICER, new AssessmentInput("E07000135", "best-value-standards/2024", "2024/25",
                    "Self-assessment 2024/25", "Strategic Director", null, null, null, null)).id();
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @EachEngine
    void records_who_made_each_change_against_the_authority(Engine engine) {
        try (Parts parts = new Parts(engine)) {
            long id = parts.anAssessment();

            parts.assessments.scoreTheme(OFFICER, id, "LEAD", new ScoreInput("good", "Stable leadership."));
            parts.actions.add(OFFICER, id, new ActionInput("Publish the plan", "Chief Executive", "2025-03-31", null, null, "LEAD", null));

            assertThat(parts.trail).extracting(Entry::entity, Entry::action)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("assessment", "create"),
                            org.assertj.core.groups.Tuple.tuple("theme_score", "create"),
                            org.assertj.core.groups.Tuple.tuple("action", "create"));
            // A score is named by its assessment and theme, so that a theme's history can be found across years.
            assertThat(parts.trail.get(1).entityId()).isEqualTo(id + "/LEAD");
            assertThat(parts.trail).allSatisfy(entry -> {
                assertThat(entry.actor()).isEqualTo(OFFICER);
                assertThat(entry.authority()).isEqualTo("E07000135");
            });
        }
    }

    @EachEngine
    void sets_the_assessment_updated_time_with_each_change(Engine engine) {
        try (Parts parts = new Parts(engine)) {
            long id = parts.anAssessment();

            parts.assessments.scoreTheme(OFFICER, id, "LEAD", new ScoreInput("fair", null));

            assertThat(parts.assessments.assessment(id).updatedAt())
                    .isEqualTo(LocalDateTime.ofInstant(parts.clock.instant(), ZoneOffset.UTC));
        }
    }

    @EachEngine
    void a_change_whose_record_cannot_be_written_is_not_saved(Engine engine) {
        try (Parts parts = new Parts(engine)) {
            long id = parts.anAssessment();
            parts.refuse = true;

            assertThatThrownBy(() -> parts.assessments.scoreTheme(OFFICER, id, "LEAD", new ScoreInput("good", "Lost with its record.")))
                    .hasMessageContaining("trail cannot be written");

            assertThat(parts.assessments.view(id).themeScore("LEAD").levelCode()).isNull();
            assertThat(parts.evidence.uses(id)).isEmpty();
        }
    }
}
