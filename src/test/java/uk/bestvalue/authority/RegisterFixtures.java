package uk.bestvalue.authority;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The real register that ships with the product, and edited copies of it for tests of bad files. */
final class RegisterFixtures {
    private RegisterFixtures() {
    }

    static String shippedRegister() {
        try (InputStream in = RegisterFixtures.class.getResourceAsStream(AuthorityRegister.SHIPPED_REGISTER)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The shipped register with the line for one authority (found by its GSS code) rewritten. */
    static String withLineFor(String gssCode, UnaryOperator<String> edit) {
        List<String> lines = new ArrayList<>(shippedRegister().lines().toList());
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("," + gssCode + ",")) {
                lines.set(i, edit.apply(lines.get(i)));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No line for " + gssCode);
        }
        return String.join("\n", lines) + "\n";
    }

    /** The row number, as a spreadsheet shows it, of the line for a GSS code in the shipped register. */
    static int rowOf(String gssCode) {
        List<String> lines = shippedRegister().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("," + gssCode + ",")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No line for " + gssCode);
    }
}
