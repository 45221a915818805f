package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.bestvalue.CsvCell;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.AssessmentDocument;

/** Properties of the input boundary and of downloads, for any text at all, not only the cases we thought of. */
class InputPropertiesTest {

    @Property(tries = 2000)
    void text_is_either_refused_with_its_field_named_or_clean_and_in_normal_form_c(@ForAll("hostileText") String text,
                                                                                  @ForAll boolean multiLine) {
        List<FieldError> errors = new ArrayList<>();

        String accepted = Input.text("narrative", text, multiLine, 1_000, errors);

        if (accepted == null) {
            assertThat(errors).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("narrative"));
        } else {
            assertThat(errors).isEmpty();
            assertThat(Normalizer.isNormalized(accepted, Normalizer.Form.NFC)).isTrue();
            assertThat(accepted.codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r')))
                    .noneMatch(c -> Character.getType(c) == Character.SURROGATE);
        }
    }

    @Property(tries = 2000)
    void a_json_body_is_read_or_refused_with_invalid_never_another_failure(@ForAll("jsonish") String body) {
        try {
            Input.json(body, AssessmentDocument.class);
        } catch (Invalid e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(f -> assertThat(f.message()).doesNotContain("java.", "uk.bestvalue", "`"));
        }
    }

    @Property(tries = 2000)
    void a_download_header_has_one_plain_file_name_and_nothing_that_ends_the_header(@ForAll("hostileText") String name) {
        String header = Attachment.header(name);

        assertThat(header).startsWith("attachment; filename=\"").doesNotContain("\r", "\n", "\u0000");
        assertThat(header.split("filename=", -1)).hasSize(2);
        assertThat(header).matches("attachment; filename=\"[A-Za-z0-9._-]+\"(; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+)?");
        int star = header.indexOf("filename*=UTF-8''");
        if (star >= 0) {
            String unicode = URLDecoder.decode(header.substring(star + 17).replace("+", "%2B"), StandardCharsets.UTF_8);
            assertThat(unicode).doesNotContain("/", "\\", "\"");
        }
    }

    @Property(tries = 2000)
    void a_csv_cell_never_starts_a_formula_and_numbers_stay_numbers(@ForAll("hostileText") String cell) {
        String safe = CsvCell.safe(cell);

        boolean number = cell.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        if (number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            assertThat(safe).isEqualTo(cell);
        } else {
            assertThat(safe).isEqualTo("'" + cell);
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> nasty = Arbitraries.strings().withChars("=+-@\t\r\n\u0000\u0007\u202E\u0301e/\\\"'%;.<>{}$ ").ofMaxLength(30);
        Arbitrary<String> numbers = Arbitraries.doubles().map(String::valueOf);
        Arbitrary<String> astral = Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(6);
        return Arbitraries.oneOf(any, nasty, numbers, astral);
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of("null", "true", "-1", "1e309", "NaN", "[]", "{}", "[null]", "\"\\u0000\"",
                "\"2023/24\"", "\"bestvalue-assessment/1\"", "\"\\ud800\""), Arbitraries.strings().all().ofMaxLength(20)
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        Arbitrary<String> field = Arbitraries.of("format", "authority", "period", "themes", "actions", "evidence", "criteria", "deriveThemeScores",
                "x", "");
        Arbitrary<String> entry = field.flatMap(f -> scalar.map(v -> "\"" + f + "\":" + v));
        Arbitrary<String> object = entry.list().ofMaxSize(6).map(entries -> "{" + String.join(",", entries) + "}");
        Arbitrary<String> nested = object.list().ofMaxSize(3).map(items -> "{\"actions\":[" + String.join(",", items) + "],\"themes\":["
                + String.join(",", items) + "]}");
        return Arbitraries.oneOf(scalar, object, nested, Arbitraries.strings().all().ofMaxLength(40));
    }
}
