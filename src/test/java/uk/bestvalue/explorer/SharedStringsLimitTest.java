package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Invalid;

/**
 * The shared strings of a workbook are held whole while its sheet streams past, so what they may
 * take is limited by the heap they need (characters and each string's own cost), not by characters
 * alone: a million and a half four-letter strings are a few megabytes of characters but over 80 MB
 * of heap, more than the 64 MB a 256 MB server gives them.
 */
class SharedStringsLimitTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void millions_of_tiny_shared_strings_are_refused_for_the_memory_they_would_take() throws IOException {
        byte[] workbook = workbook(1_500_000);

        assertThatThrownBy(() -> XlsxRows.read(workbook, null, "tiny.xlsx", WorkbookLimits.DEFAULT, (n, cells) -> true))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).message())
                        .contains("tiny.xlsx was refused: its shared strings", "would need more than 64 MB of memory"));
    }

    @Test
    void a_workbook_whose_shared_strings_fit_is_read() throws IOException {
        byte[] workbook = workbook(100_000);
        List<List<String>> rows = new ArrayList<>();

        XlsxRows.read(workbook, null, "fits.xlsx", WorkbookLimits.DEFAULT, (n, cells) -> rows.add(cells));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).hasSize(2);
    }

    /** A one-sheet workbook with this many distinct four-letter shared strings, the sheet using the first two. */
    private static byte[] workbook(int strings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder xml = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
            for (int i = 0; i < strings; i++) {
                xml.append("<si><t>");
                for (int c = 0; c < 4; c++) {
                    xml.append((char) ('a' + random.nextInt(26)));
                }
                xml.append("</t></si>");
                if (xml.length() > 1 << 16) {
                    zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                    xml.setLength(0);
                }
            }
            xml.append("</sst>");
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            entry(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
