package uk.bestvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.bestvalue.FieldError;

class FrameworkFileTest {

    static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static final String HEADER = """
            format: bestvalue-framework/1
            framework:
              key: local-standards
              name: Local standards
            version:
              key: "2025"
              name: Our coding, 2025
              stage: local
            """;

    @Nested
    class TheShippedStandards {
        @Test
        void have_the_seven_themes_in_the_guidance_order() throws IOException {
            try (InputStream in = FrameworkCatalogue.class.getResourceAsStream("/frameworks/best-value-standards-2024.yaml")) {
                FrameworkDefinition definition = FrameworkFile.read("2024", in);

                assertThat(definition.themes()).extracting(FrameworkDefinition.ThemeDefinition::name).containsExactly(
                        "Continuous Improvement", "Leadership", "Governance", "Culture", "Use of Resources", "Service Delivery",
                        "Partnerships and Community Engagement");
                assertThat(definition.criteria()).hasSize(57);
                assertThat(definition.notice()).contains("paraphrase", "authoritative");
            }
        }
    }

    @Nested
    class AGoodFile {
        @Test
        void may_share_a_criterion_between_two_themes() {
            FrameworkDefinition definition = FrameworkFile.read("shared.yaml", yaml(HEADER + """
                    themes:
                      - code: CI
                        name: Continuous Improvement
                        criteria:
                          - {code: CI012, kind: characteristic, title: Uses governance frameworks to act on risks}
                      - code: G
                        name: Governance
                        criteria:
                          - {code: G001, kind: characteristic, title: Understands the democratic mandate}
                          - ref: CI012
                    """));

            assertThat(definition.criteria()).hasSize(2);
            assertThat(definition.themes().get(1).criterionCodes()).containsExactly("G001", "CI012");
        }
    }

    @Nested
    class ABadFile {
        @Test
        void names_the_location_of_every_problem() {
            assertThatThrownBy(() -> FrameworkFile.read("bad.yaml", yaml(HEADER + """
                    themes:
                      - code: CI
                        name: Continuous Improvement
                        criteria:
                          - {code: CI001, kind: characteristic, title: One}
                          - {code: CI001, kind: characteristic, title: Two}
                          - {code: CI002, kind: strength, title: Three}
                      - code: L
                        name: Leadership
                        criteria: []
                    """)))
                    .isInstanceOfSatisfying(FrameworkRejected.class, rejected -> assertThat(rejected.errors()).extracting(FieldError::field)
                            .containsExactly(
                                    "themes[1] (Continuous Improvement).criteria[2].code",
                                    "themes[1] (Continuous Improvement).criteria[3].kind",
                                    "themes[2] (Leadership).criteria"));
        }

        @Test
        void is_refused_when_it_is_not_yaml() {
            assertThatThrownBy(() -> FrameworkFile.read("broken.yaml", yaml("format: [unclosed\n")))
                    .isInstanceOf(FrameworkRejected.class)
                    .hasMessageContaining("not valid YAML");
        }

        @Test
        void is_refused_when_it_is_another_kind_of_file() {
            assertThatThrownBy(() -> FrameworkFile.read("scales.yaml", yaml("format: bestvalue-scales/1\nscales: []\n")))
                    .isInstanceOf(FrameworkRejected.class)
                    .hasMessageContaining("is not a framework file");
        }
    }
}
