package uk.bestvalue.explorer;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;

/**
 * Turns mySociety's register codes (OAD) into ONS codes (E07000135). English codes come from the register
 * in the database, which may be a newer edition; the codes of Welsh, Scottish and Northern Irish councils,
 * which the register does not keep, come from the shipped register file, so that their rows are counted
 * as outside England rather than reported as unknown.
 */
final class RegisterCodes {
    private static volatile Map<String, String> otherNations;

    private RegisterCodes() {
    }

    static UnaryOperator<String> of(AuthorityRegister authorities) {
        Map<String, String> codes = new HashMap<>(otherNations());
        for (Authority a : authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL))) {
            codes.put(a.registerCode().toUpperCase(java.util.Locale.ROOT), a.code().value());
        }
        return codes::get;
    }

    private static Map<String, String> otherNations() {
        Map<String, String> known = otherNations;
        if (known != null) {
            return known;
        }
        Map<String, String> codes = new HashMap<>();
        try (InputStream in = RegisterCodes.class.getResourceAsStream(AuthorityRegister.SHIPPED_REGISTER);
             CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(in)) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                int code = header.indexOf("local-authority-code");
                int gss = header.indexOf("gss-code");
                int nation = header.indexOf("nation");
                if (record.getFieldCount() > Math.max(code, Math.max(gss, nation)) && !"England".equals(record.getField(nation))
                        && !record.getField(gss).isBlank()) {
                    codes.put(record.getField(code).toUpperCase(java.util.Locale.ROOT), record.getField(gss));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        otherNations = Map.copyOf(codes);
        return otherNations;
    }
}
