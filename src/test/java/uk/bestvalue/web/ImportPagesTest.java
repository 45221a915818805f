package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Uploading a values file on the import page: what it did, or every problem in it. Test values are made up. */
class ImportPagesTest {

    private static RequestBody upload(String csv, boolean skipBadRows) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", "upload.csv", RequestBody.create(csv, MediaType.get("text/csv")))
                .addFormDataPart("metric", "");
        if (skipBadRows) {
            body.addFormDataPart("skipBadRows", "yes");
        }
        return body.build();
    }

    @EachEngine
    void a_recipe_previews_the_first_rows_as_read_and_writes_nothing(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            String csv = "Table 1: made-up figures\nONS code,Year,Rate\nE07000135,2030-31,0.405\nE07000136,2030-31,[x]\n";
            String recipe = "format: bestvalue-recipe/1\nheader_row: 2\ncode: ONS code\nperiod: Year\nvalue: Rate\nscale: 100\n"
                    + "metric: household-waste-recycling-rate\nmissing: {\"[x]\": not available}\n";
            RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                    .addFormDataPart("file", "rates.csv", RequestBody.create(csv, MediaType.get("text/csv")))
                    .addFormDataPart("recipe", "rates.yaml", RequestBody.create(recipe, MediaType.get("application/yaml")))
                    .addFormDataPart("action", "preview").build();

            ApiClient.Reply reply = api.rawPost("/imports", body);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text()).contains("id=\"preview\"", "40.5", "2030/31", "missing", "Nothing has been written");
            assertThat(workbench.explorer().values("household-waste-recycling-rate", "2030/31")).isEmpty();
        });
    }

    @EachEngine
    void a_good_file_is_imported_and_listed(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            String csv = "authority_code,metric,period,value\nE07000135,household-waste-recycling-rate,2030/31,40.5\n";

            ApiClient.Reply reply = api.rawPost("/imports", upload(csv, false));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text()).contains("govuk-notification-banner--success", "1 rows read: 1 added", "web upload");
        });
    }

    @EachEngine
    void a_bad_file_changes_nothing_and_lists_its_problems(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            String csv = "authority_code,metric,period,value\nE07000135,household-waste-recycling-rate,2030/31,40.5\n"
                    + "E07999999,household-waste-recycling-rate,2030/31,40.5\nE07000129,household-waste-recycling-rate,2030/31,many\n";

            ApiClient.Reply reply = api.rawPost("/imports", upload(csv, false));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.text()).contains("There is a problem", "was not imported: 2 problems", "E07999999", "'many' is not a number");
            assertThat(workbench.explorer().values("household-waste-recycling-rate", "2030/31")).isEmpty();
        });
    }

    @EachEngine
    void no_file_is_a_clear_error(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            ApiClient.Reply reply = api.rawPost("/imports", new MultipartBody.Builder().setType(MultipartBody.FORM)
                    .addFormDataPart("metric", "").build());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.text()).contains("Choose a CSV or .xlsx file to import");
        });
    }
}
