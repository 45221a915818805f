package uk.bestvalue.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.bestvalue.authority.RegisterFixtures.shippedRegister;
import static uk.bestvalue.authority.RegisterFixtures.stream;
import static uk.bestvalue.authority.RegisterFixtures.withLineFor;

import uk.bestvalue.store.Database;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class AuthorityRegisterTest {

    private static final OnsCode OADBY = new OnsCode("E07000135");

    @EachEngine
    void loads_the_shipped_register_on_first_start_only(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = new AuthorityRegister(db);

            assertThat(register.loadShippedRegisterIfEmpty()).hasValueSatisfying(loaded -> assertThat(loaded.added()).isEqualTo(380));
            assertThat(register.loadShippedRegisterIfEmpty()).isEmpty();
            assertThat(register.count(AuthorityStatus.CURRENT)).isEqualTo(332);
            assertThat(register.count(AuthorityStatus.PAST)).isEqualTo(48);
        }
    }

    @EachEngine
    void finds_an_authority_by_part_of_its_name_in_any_case(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            assertThat(register.find(new AuthorityQuery("oADby", null, null, null)))
                    .extracting(Authority::code).containsExactly(OADBY);
        }
    }

    @EachEngine
    void finds_an_authority_by_its_ons_code(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            assertThat(register.find(new AuthorityQuery("e07000135", null, null, null)))
                    .extracting(Authority::name).containsExactly("Oadby and Wigston");
        }
    }

    @EachEngine
    void treats_percent_and_underscore_in_a_search_as_plain_text(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            assertThat(register.find(new AuthorityQuery("%", null, null, null))).isEmpty();
            assertThat(register.find(new AuthorityQuery("_", null, null, null))).isEmpty();
        }
    }

    @EachEngine
    void filters_by_type_and_region(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            var leicestershireDistricts = register.find(new AuthorityQuery(null, AuthorityType.SHIRE_DISTRICT, Region.EAST_MIDLANDS, null));

            assertThat(leicestershireDistricts).hasSize(29)
                    .allSatisfy(a -> {
                        assertThat(a.type()).isEqualTo(AuthorityType.SHIRE_DISTRICT);
                        assertThat(a.region()).isEqualTo(Region.EAST_MIDLANDS);
                        assertThat(a.isCurrent()).isTrue();
                    })
                    .extracting(Authority::name).contains("Oadby and Wigston");
            assertThat(register.find(new AuthorityQuery(null, AuthorityType.SHIRE_COUNTY, null, AuthorityStatus.CURRENT))).hasSize(21);
        }
    }

    @EachEngine
    void lists_past_authorities_only_when_asked(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            assertThat(register.find(new AuthorityQuery("Allerdale", null, null, AuthorityStatus.CURRENT))).isEmpty();
            assertThat(register.find(new AuthorityQuery("Allerdale", null, null, AuthorityStatus.PAST))).hasSize(1);
            assertThat(register.find(new AuthorityQuery("Allerdale", null, null, AuthorityStatus.ALL))).hasSize(1);
        }
    }

    @EachEngine
    void shows_cumberland_with_the_councils_it_replaced(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            AuthorityProfile cumberland = register.profile(new OnsCode("E06000063")).orElseThrow();

            assertThat(cumberland.predecessors()).extracting(Authority::name)
                    .containsExactlyInAnyOrder("Allerdale", "Carlisle", "Copeland", "Cumbria");
            assertThat(cumberland.successors()).isEmpty();
        }
    }

    @EachEngine
    void shows_a_district_with_its_county_and_a_county_with_its_districts(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);

            AuthorityProfile oadby = register.profile(OADBY).orElseThrow();
            AuthorityProfile leicestershire = register.profile(new OnsCode("E10000018")).orElseThrow();

            assertThat(oadby.county()).map(Authority::name).hasValue("Leicestershire");
            assertThat(leicestershire.districts()).hasSize(7).extracting(Authority::name).contains("Oadby and Wigston");
        }
    }

    @EachEngine
    void reimporting_the_same_file_changes_nothing(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);
            var before = register.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL));

            RegisterImport again = register.importStream("again.csv", stream(shippedRegister()));

            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(380);
            assertThat(register.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL))).isEqualTo(before);
        }
    }

    @EachEngine
    void an_import_updates_what_changed(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);
            String renamed = withLineFor("E07000135", line -> line.replace(",Oadby and Wigston,E07000135,", ",Oadby & Wigston,E07000135,"));

            register.importStream("renamed.csv", stream(renamed));

            assertThat(register.get(OADBY)).map(Authority::name).hasValue("Oadby & Wigston");
        }
    }

    @EachEngine
    void a_file_with_one_bad_row_changes_nothing(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);
            String renamedAndBroken = withLineFor("E07000135", line -> line.replace(",Oadby and Wigston,E07000135,", ",Oadby & Wigston,E07000135,"))
                    .replace(",E08000037,", ",E0800003X,");

            assertThatThrownBy(() -> register.importStream("broken.csv", stream(renamedAndBroken)))
                    .isInstanceOf(RegisterRejected.class)
                    .hasMessageContaining("'E0800003X'");

            assertThat(register.get(OADBY)).map(Authority::name).hasValue("Oadby and Wigston");
            assertThat(register.count(AuthorityStatus.ALL)).isEqualTo(380);
        }
    }

    @EachEngine
    void a_register_held_from_before_a_correction_gets_it_on_start_once_and_audited_as_the_installation(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuthorityRegister register = loaded(db);
            // As an earlier release left it: Forest Heath under Surrey, past councils without a region, Derbyshire in the West Midlands.
            db.update("update authority set county_code = 'E10000030', region_code = null where code = 'E07000201'");
            db.update("update authority set region_code = null where code in ('E06000028', 'E07000153')");
            db.update("update authority set region_code = 'E12000005' where code = 'E10000007'");
            java.util.List<String> audited = new java.util.ArrayList<>();
            uk.bestvalue.AuditTrail audit = (tx, actor, authority, entity, id, action, before, after) -> {
                assertThat(actor.isInstallation()).isTrue();
                audited.add(entity + " " + id + " " + action + " " + before + " -> " + after);
            };

            java.util.List<AuthorityRegister.Correction> corrections = register.applyCorrections(audit);

            assertThat(corrections).extracting(AuthorityRegister.Correction::code)
                    .containsExactlyInAnyOrder("E07000201", "E06000028", "E07000153", "E10000007");
            Authority forestHeath = register.get(new OnsCode("E07000201")).orElseThrow();
            assertThat(forestHeath.countyCode()).isEqualTo(new OnsCode("E10000029"));
            assertThat(forestHeath.region()).isEqualTo(Region.EAST_OF_ENGLAND);
            assertThat(register.get(new OnsCode("E06000028")).orElseThrow().region()).isEqualTo(Region.SOUTH_WEST);
            assertThat(register.get(new OnsCode("E07000153")).orElseThrow().region()).isEqualTo(Region.EAST_MIDLANDS);
            assertThat(register.get(new OnsCode("E10000007")).orElseThrow().region()).isEqualTo(Region.EAST_MIDLANDS);
            assertThat(audited).hasSize(4).contains("authority E07000201 correct {region=null, county=E10000030} -> {region=E12000006, county=E10000029}");

            assertThat(register.applyCorrections(audit)).isEmpty();
            assertThat(audited).hasSize(4);
        }
    }

    @EachEngine
    void a_freshly_loaded_register_needs_no_correction(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            assertThat(loaded(db).applyCorrections((tx, actor, authority, entity, id, action, before, after) -> {
                throw new AssertionError("nothing to correct, nothing to audit");
            })).isEmpty();
        }
    }

    private static AuthorityRegister loaded(Database db) {
        AuthorityRegister register = new AuthorityRegister(db);
        register.loadShippedRegisterIfEmpty();
        return register;
    }
}
