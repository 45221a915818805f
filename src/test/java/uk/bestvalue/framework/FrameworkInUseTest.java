package uk.bestvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.bestvalue.framework.FrameworkFileTest.yaml;

import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class FrameworkInUseTest {

    @EachEngine
    void a_version_an_assessment_uses_cannot_change(Engine engine) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine))) {
            workbench.loadShippedData();
            workbench.assessments().create(Actor.installation(), new AssessmentInput("E07000135", "best-value-standards/2024", "2024/25", "Self-assessment",
                    "Strategic Director", null, null, null, null));
            String changed;
            try (var in = FrameworkCatalogue.class.getResourceAsStream("/frameworks/best-value-standards-2024.yaml")) {
                changed = new String(in.readAllBytes()).replace("Whistle-blowers are effectively supported.", "Whistle-blowers are protected.");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }

            assertThatThrownBy(() -> workbench.frameworks().importStream("changed.yaml", yaml(changed)))
                    .isInstanceOf(Conflict.class)
                    .hasMessageContaining("is used by 1 assessment", "new version key");

            assertThat(workbench.frameworks().version("best-value-standards/2024").orElseThrow().criterion("GOV-C7").orElseThrow().title())
                    .isEqualTo("Whistle-blowers are effectively supported.");
        }
    }
}
