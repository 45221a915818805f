package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A file is read as what its name says; when a workbook arrives named .csv, the problem says so rather than only "unknown header". */
class MisnamedFileTest {

    @Test
    void a_workbook_read_as_csv_is_named_as_a_workbook() throws Exception {
        byte[] workbook;
        try (InputStream in = MisnamedFileTest.class.getResourceAsStream("/data/metrics/RS_2016-17_data_by_LA.xlsx")) {
            workbook = in.readAllBytes();
        }

        ValueFile.Parsed parsed = ValueFile.read(new ByteArrayInputStream(workbook), null, n -> { });

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).isNotEmpty();
        assertThat(parsed.problems().get(0).message()).contains("looks like a workbook saved with a .csv name", "upload it as .xlsx or .ods");
    }
}
