package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import uk.bestvalue.CsvCell;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Downloads open safely in a spreadsheet and name their file safely; uploads over the limit are told 413. */
class DownloadsAndUploadsTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised_and_numbers_stay_numbers() {
        assertThat(CsvCell.safe("=HYPERLINK(\"https://example.org\",\"Click\")")).isEqualTo("'=HYPERLINK(\"https://example.org\",\"Click\")");
        assertThat(CsvCell.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCell.safe("+44 116 288 8961")).isEqualTo("'+44 116 288 8961");
        assertThat(CsvCell.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCell.safe("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvCell.safe("-3.5")).isEqualTo("-3.5");
        assertThat(CsvCell.safe("+12")).isEqualTo("+12");
        assertThat(CsvCell.safe("-1.2E+3")).isEqualTo("-1.2E+3");
        assertThat(CsvCell.safe("Review the constitution")).isEqualTo("Review the constitution");
        assertThat(CsvCell.safe("")).isEmpty();
    }

    @Test
    void a_file_name_is_built_from_a_whitelist_with_unicode_in_filename_star() {
        assertThat(Attachment.header("E07000135-metrics.csv")).isEqualTo("attachment; filename=\"E07000135-metrics.csv\"");
        assertThat(Attachment.header("waste-2023\"; filename=evil.exe; x=\".csv"))
                .startsWith("attachment; filename=\"waste-2023-filename-evil.exe-x-.csv\"")
                .containsOnlyOnce("filename=").containsOnlyOnce("filename*=");
        assertThat(Attachment.header("Ynys Môn – 2023.csv"))
                .isEqualTo("attachment; filename=\"Ynys-M-n-2023.csv\"; filename*=UTF-8''Ynys%20M%C3%B4n%20%E2%80%93%202023.csv");
        assertThat(Attachment.header("../../etc/passwd")).isEqualTo("attachment; filename=\"etc-passwd\"");
        assertThat(Attachment.header("a\r\nSet-Cookie: x=1")).doesNotContain("\r", "\n");
    }

    @EachEngine
    void an_action_written_as_a_formula_is_plain_text_in_the_actions_csv(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            AssessmentApiTest.action(api, id, "=HYPERLINK(\"https://example.org\",\"Click\")", "@SUM(1+1)", "2024-03-31", "GOV");

            ApiClient.Reply csv = api.get("/api/v1/assessments/" + id + "/actions.csv");

            assertThat(csv.text()).contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"Click\"\")\"", "'@SUM(1+1)")
                    .doesNotContain(",=HYPERLINK", ",@SUM");
        });
    }

    @EachEngine
    void a_crafted_period_cannot_add_a_second_file_name(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            try (Response response = api.raw("/api/v1/metrics/household-waste-recycling-rate/values.csv?period="
                    + "2023%2F24%22%3B%20filename%3D%22evil.exe")) {
                String disposition = response.header("Content-Disposition");
                if (response.code() >= 400) {
                    assertThat(disposition).isNull();
                    return;
                }
                assertThat(disposition).as(response.code() + " " + response.headers()).containsOnlyOnce("filename=").doesNotContain("evil.exe\"\"").startsWith("attachment; filename=\"");
                assertThat(disposition.substring(0, disposition.indexOf(';', 12) < 0 ? disposition.length() : disposition.indexOf(';', 12)))
                        .matches("attachment; filename=\"[A-Za-z0-9._-]+\"");
            }
        });
    }

    @EachEngine
    void a_download_names_its_file_from_the_whitelist(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            try (Response response = api.raw("/api/v1/metrics/household-waste-recycling-rate/values.csv?period=2023/24")) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.header("Content-Disposition"))
                        .isEqualTo("attachment; filename=\"household-waste-recycling-rate-2023-24.csv\"");
            }
        });
    }

    @EachEngine
    void an_upload_over_the_limit_is_told_413_on_a_page_and_in_the_api(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            String page = oversized(api.port(), "/imports", "multipart/form-data; boundary=x", "text/html");
            String problem = oversized(api.port(), "/api/v1/groups", "application/json", "application/json");

            assertThat(page).startsWith("HTTP/1.1 413").contains("text/html", "The upload is too large", "200 MB");
            assertThat(problem).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"status\":413");
        });
    }

    @EachEngine
    void an_address_too_long_for_the_server_is_still_answered_with_a_problem(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            try (Socket socket = new Socket("127.0.0.1", api.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /api/v1/authorities?q=" + "x".repeat(100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readNBytes(16 * 1024), StandardCharsets.UTF_8);

                assertThat(answer).startsWith("HTTP/1.1 4").contains("application/problem+json", "too long").doesNotContain("xxxxxxxxxx");
            }
        });
    }

    /** Declares a body of 300 MB and sends a little of it: the answer must come without the rest being read. */
    private static String oversized(int port, String path, String type, String accept) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nAccept: " + accept
                    + "\r\nContent-Length: 314572800\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write("--x\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

}
