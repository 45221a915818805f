package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import uk.bestvalue.auth.AuditEntry;
import uk.bestvalue.explorer.ValueImport;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** An import of values is in the audit trail with who brought it, the file, its checksum and what it did. Test values are made up. */
class ImportAuditTest {

    @EachEngine
    void an_import_is_recorded_with_its_file_checksum_and_counts(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            String csv = "authority_code,metric,period,value\nE07000135,household-waste-recycling-rate,2030/31,40.5\n"
                    + "E07000129,household-waste-recycling-rate,2030/31,38.0\n";
            RequestBody upload = new MultipartBody.Builder().setType(MultipartBody.FORM)
                    .addFormDataPart("file", "recycling-2030.csv", RequestBody.create(csv, MediaType.get("text/csv")))
                    .addFormDataPart("metric", "").build();

            assertThat(api.rawPost("/imports", upload).status()).isEqualTo(200);

            ValueImport record = workbench.explorer().imports().stream().filter(i -> i.fileName().equals("recycling-2030.csv"))
                    .findFirst().orElseThrow();
            List<AuditEntry> trail = workbench.audit().forEntity("value_import", String.valueOf(record.id()));
            assertThat(trail).singleElement().satisfies(entry -> {
                assertThat(entry.actorName()).startsWith("Test admin");
                assertThat(entry.action()).isEqualTo("create");
                assertThat(entry.after()).contains("\"fileName\":\"recycling-2030.csv\"", "\"checksum\":\"" + record.checksum() + "\"",
                        "\"added\":2", "\"rows\":2");
            });
            assertThat(workbench.audit().verify().intact()).isTrue();
        });
    }
}
