package uk.bestvalue.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.bestvalue.authority.RegisterFixtures.rowOf;
import static uk.bestvalue.authority.RegisterFixtures.shippedRegister;
import static uk.bestvalue.authority.RegisterFixtures.stream;
import static uk.bestvalue.authority.RegisterFixtures.withLineFor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegisterFileTest {

    private static Map<String, Authority> byCode(List<Authority> authorities) {
        return authorities.stream().collect(Collectors.toMap(a -> a.code().value(), Function.identity()));
    }

    @Nested
    class TheShippedRegister {
        private final RegisterFile.Contents contents = RegisterFile.read("shipped", stream(shippedRegister()));
        private final Map<String, Authority> authorities = byCode(contents.authorities());

        @Test
        void keeps_every_english_authority_and_passes_over_the_other_nations() {
            assertThat(contents.authorities()).hasSize(380);
            assertThat(contents.skippedOutsideEngland()).isEqualTo(90);
        }

        @Test
        void holds_the_317_current_principal_councils_by_type() {
            Map<AuthorityType, Long> councils = contents.authorities().stream()
                    .filter(Authority::isCurrent)
                    .filter(a -> a.type().isCouncil())
                    .collect(Collectors.groupingBy(Authority::type, Collectors.counting()));

            assertThat(councils).containsExactlyInAnyOrderEntriesOf(Map.of(
                    AuthorityType.SHIRE_DISTRICT, 164L,
                    AuthorityType.UNITARY, 63L,
                    AuthorityType.METROPOLITAN_DISTRICT, 36L,
                    AuthorityType.LONDON_BOROUGH, 33L,
                    AuthorityType.SHIRE_COUNTY, 21L));
        }

        @Test
        void reads_oadby_and_wigston_as_published() {
            Authority oadby = authorities.get("E07000135");

            assertThat(oadby.name()).isEqualTo("Oadby and Wigston");
            assertThat(oadby.officialName()).isEqualTo("Oadby and Wigston Borough Council");
            assertThat(oadby.type()).isEqualTo(AuthorityType.SHIRE_DISTRICT);
            assertThat(oadby.region()).isEqualTo(Region.EAST_MIDLANDS);
            assertThat(oadby.population()).isEqualTo(57_313);
            assertThat(oadby.populationYear()).isEqualTo(2020);
            assertThat(oadby.areaKm2()).isEqualByComparingTo(new BigDecimal("24.0"));
            assertThat(oadby.countyCode()).isEqualTo(new OnsCode("E10000018"));
            assertThat(oadby.isCurrent()).isTrue();
        }

        @Test
        void links_a_district_abolished_in_2023_to_its_successor() {
            Authority allerdale = authorities.get("E07000026");

            assertThat(allerdale.isCurrent()).isFalse();
            assertThat(allerdale.endDate()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(allerdale.successorCodes()).containsExactly(new OnsCode("E06000063"));
        }

        @Test
        void links_a_county_split_in_two_to_both_successors() {
            assertThat(authorities.get("E10000006").successorCodes())
                    .containsExactlyInAnyOrder(new OnsCode("E06000063"), new OnsCode("E06000064"));
        }

        @Test
        void puts_a_county_in_the_region_of_all_its_districts() {
            assertThat(authorities.get("E10000007").region()).as("Derbyshire").isEqualTo(Region.EAST_MIDLANDS);
            assertThat(authorities.get("E10000019").region()).as("Lincolnshire").isEqualTo(Region.EAST_MIDLANDS);
            assertThat(authorities.get("E10000018").region()).as("Leicestershire, already right").isEqualTo(Region.EAST_MIDLANDS);
            assertThat(authorities.get("E10000014").region()).as("Hampshire, already right").isEqualTo(Region.SOUTH_EAST);
        }

        @Test
        void groups_the_city_of_london_with_the_london_boroughs() {
            assertThat(authorities.get("E09000001").type()).isEqualTo(AuthorityType.LONDON_BOROUGH);
        }
    }

    @Nested
    class ABadFile {

        @Test
        void names_the_row_and_column_of_a_malformed_gss_code() {
            String csv = withLineFor("E07000135", line -> line.replace(",E07000135,", ",E0700013,"));

            assertThatThrownBy(() -> RegisterFile.read("edited.csv", stream(csv)))
                    .isInstanceOfSatisfying(RegisterRejected.class, rejected -> assertThat(rejected.problems())
                            .containsExactly(new RegisterProblem(rowOf("E07000135"), "gss-code",
                                    "'E0700013' is not an ONS GSS code (a letter E, W, S, N or K and 8 digits, e.g. E07000135)")))
                    .hasMessageContaining("edited.csv was not imported; nothing was changed");
        }

        @Test
        void reports_every_problem_not_just_the_first() {
            String csv = withLineFor("E07000135", line -> line.replace(",57313.0,", ",lots,"));
            String worse = csv.replace(",E07000026,,2023-04-01,", ",E07000026,,01/04/2023,");

            assertThatThrownBy(() -> RegisterFile.read("edited.csv", stream(worse)))
                    .isInstanceOfSatisfying(RegisterRejected.class, rejected -> assertThat(rejected.problems())
                            .extracting(RegisterProblem::column)
                            .containsExactlyInAnyOrder("pop-2020", "end-date"));
        }

        @Test
        void refuses_a_successor_that_is_not_in_the_file() {
            String csv = withLineFor("E07000026", line -> line.replace(",2023-04-01,CBD,", ",2023-04-01,XYZ,"));

            assertThatThrownBy(() -> RegisterFile.read("edited.csv", stream(csv)))
                    .isInstanceOfSatisfying(RegisterRejected.class, rejected -> assertThat(rejected.problems())
                            .singleElement()
                            .satisfies(problem -> {
                                assertThat(problem.row()).isEqualTo(rowOf("E07000026"));
                                assertThat(problem.column()).isEqualTo("replaced-by");
                                assertThat(problem.message()).contains("'XYZ'");
                            }));
        }

        @Test
        void refuses_a_name_too_long_to_store() {
            String csv = withLineFor("E08000037", line -> line.replace(",Gateshead,E08000037,", "," + "x".repeat(201) + ",E08000037,"));

            assertThatThrownBy(() -> RegisterFile.read("edited.csv", stream(csv)))
                    .isInstanceOfSatisfying(RegisterRejected.class, rejected -> assertThat(rejected.problems())
                            .containsExactly(new RegisterProblem(rowOf("E08000037"), "nice-name", "must be 200 characters or fewer, got 201")));
        }

        @Test
        void refuses_a_gss_code_used_twice() {
            String csv = withLineFor("E07000136", line -> line.replace(",E07000136,", ",E07000135,"));

            assertThatThrownBy(() -> RegisterFile.read("edited.csv", stream(csv)))
                    .isInstanceOfSatisfying(RegisterRejected.class, rejected -> assertThat(rejected.problems())
                            .anySatisfy(problem -> assertThat(problem.message()).contains("'E07000135' is also on row")));
        }

        @Test
        void refuses_a_file_without_the_columns_it_needs() {
            assertThatThrownBy(() -> RegisterFile.read("other.csv", stream("code,name\nE07000135,Oadby and Wigston\n")))
                    .isInstanceOfSatisfying(RegisterRejected.class, rejected -> assertThat(rejected.problems())
                            .extracting(RegisterProblem::column)
                            .contains("gss-code", "nice-name", "local-authority-type"));
        }

        @Test
        void refuses_an_empty_file() {
            assertThatThrownBy(() -> RegisterFile.read("empty.csv", stream("")))
                    .isInstanceOf(RegisterRejected.class)
                    .hasMessageContaining("the file is empty");
        }
    }
}
