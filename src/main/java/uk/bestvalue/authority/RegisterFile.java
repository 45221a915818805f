package uk.bestvalue.authority;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads mySociety's "UK Local Authorities (past and current)" register CSV and keeps the English
 * authorities. Every row is checked before anything is returned, and all problems are reported
 * together, so that a file is either taken whole or not at all.
 */
final class RegisterFile {
    static final List<String> REQUIRED_COLUMNS = List.of(
            "local-authority-code", "official-name", "nice-name", "gss-code", "start-date", "end-date",
            "replaced-by", "nation", "region", "local-authority-type", "county-la", "area", "pop-2020");

    /** mySociety's type codes for the English authorities the product keeps. */
    private static final Map<String, AuthorityType> TYPES = Map.of(
            "NMD", AuthorityType.SHIRE_DISTRICT,
            "CTY", AuthorityType.SHIRE_COUNTY,
            "UA", AuthorityType.UNITARY,
            "MD", AuthorityType.METROPOLITAN_DISTRICT,
            "LBO", AuthorityType.LONDON_BOROUGH,
            // The City of London Corporation has an E09 code and is grouped with the London boroughs.
            "CC", AuthorityType.LONDON_BOROUGH,
            "COMB", AuthorityType.COMBINED_AUTHORITY,
            "SRA", AuthorityType.STRATEGIC_AUTHORITY);

    /** The mySociety register publishes 2020 population estimates (column pop-2020). */
    private static final int POPULATION_YEAR = 2020;

    private RegisterFile() {
    }

    /** The English authorities in the file, and how many rows for other nations were passed over. */
    record Contents(List<Authority> authorities, int skippedOutsideEngland) {
    }

    static Contents read(String source, InputStream in) {
        List<RegisterProblem> problems = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        int skipped = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(in)) {
            Map<String, Integer> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = header(record, problems);
                    if (!problems.isEmpty()) {
                        throw new RegisterRejected(source, problems);
                    }
                    continue;
                }
                RawRow row = new RawRow(record, header);
                if (!"England".equals(row.get("nation"))) {
                    skipped++;
                    continue;
                }
                rows.add(row);
            }
            if (header == null) {
                throw new RegisterRejected(source, List.of(new RegisterProblem(1, "", "the file is empty; expected a header row")));
            }
        } catch (CsvParseException e) {
            problems.add(new RegisterProblem(0, "", "the file is not valid CSV: " + e.getMessage()));
            throw new RegisterRejected(source, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getCause().getMessage(), e.getCause());
        }
        List<Authority> authorities = toAuthorities(rows, problems);
        if (!problems.isEmpty()) {
            throw new RegisterRejected(source, problems);
        }
        return new Contents(withCorrections(authorities), skipped);
    }

    /** The corrections every import makes, applied to a register already held (they change nothing the second time). */
    static List<Authority> withCorrections(List<Authority> authorities) {
        return pastCouncilsInTheirRegion(countiesInTheirDistrictsRegion(corrected(authorities)));
    }

    /** Known errors in the published register, put right: Forest Heath (abolished 2019) was a Suffolk district, not a Surrey one. */
    private static final Map<String, String> COUNTY_CORRECTIONS = Map.of("E07000201", "E10000029");

    static List<Authority> corrected(List<Authority> authorities) {
        List<Authority> result = new ArrayList<>();
        for (Authority a : authorities) {
            String county = COUNTY_CORRECTIONS.get(a.code().value());
            result.add(county == null ? a : new Authority(a.code(), a.registerCode(), a.name(), a.officialName(), a.type(), a.region(),
                    new OnsCode(county), a.population(), a.populationYear(), a.areaKm2(), a.startDate(), a.endDate(), a.successorCodes()));
        }
        return result;
    }

    /**
     * Every past council lies in a region, so that region groups of a past year are whole: the register
     * leaves some without one (Bournemouth, Poole, the Dorset and Suffolk districts, Kettering …). Such a
     * council takes its successor's region, or else its county's.
     */
    static List<Authority> pastCouncilsInTheirRegion(List<Authority> authorities) {
        Map<OnsCode, Authority> byCode = new HashMap<>();
        authorities.forEach(a -> byCode.put(a.code(), a));
        List<Authority> result = new ArrayList<>();
        for (Authority a : authorities) {
            Region region = a.region();
            if (region == null && a.endDate() != null) {
                region = a.successorCodes().stream().map(byCode::get).filter(s -> s != null && s.region() != null).map(Authority::region)
                        .findFirst().orElse(null);
                if (region == null && a.countyCode() != null && byCode.get(a.countyCode()) != null) {
                    region = byCode.get(a.countyCode()).region();
                }
            }
            result.add(region == a.region() ? a : new Authority(a.code(), a.registerCode(), a.name(), a.officialName(), a.type(), region,
                    a.countyCode(), a.population(), a.populationYear(), a.areaKm2(), a.startDate(), a.endDate(), a.successorCodes()));
        }
        return result;
    }

    /**
     * A county lies in the region of its districts. Where every district of a county that has one
     * is in the same region and the county's own row says another (the register puts Derbyshire in
     * the West Midlands and Lincolnshire in Yorkshire and The Humber), the districts' region wins.
     */
    static List<Authority> countiesInTheirDistrictsRegion(List<Authority> authorities) {
        Map<OnsCode, java.util.Set<Region>> districtRegions = new HashMap<>();
        for (Authority a : authorities) {
            if (a.countyCode() != null && a.region() != null && a.isCurrent()) {
                districtRegions.computeIfAbsent(a.countyCode(), k -> new java.util.HashSet<>()).add(a.region());
            }
        }
        List<Authority> result = new ArrayList<>();
        for (Authority a : authorities) {
            java.util.Set<Region> regions = districtRegions.get(a.code());
            if (a.type() == AuthorityType.SHIRE_COUNTY && regions != null && regions.size() == 1 && !regions.contains(a.region())) {
                Region region = regions.iterator().next();
                result.add(new Authority(a.code(), a.registerCode(), a.name(), a.officialName(), a.type(), region, a.countyCode(),
                        a.population(), a.populationYear(), a.areaKm2(), a.startDate(), a.endDate(), a.successorCodes()));
            } else {
                result.add(a);
            }
        }
        return result;
    }

    private static Map<String, Integer> header(CsvRecord record, List<RegisterProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            columns.putIfAbsent(record.getField(i).strip(), i);
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(new RegisterProblem(1, required, "required column is missing from the header"));
            }
        }
        return columns;
    }

    private static List<Authority> toAuthorities(List<RawRow> rows, List<RegisterProblem> problems) {
        Map<String, RawRow> byRegisterCode = new LinkedHashMap<>();
        Map<String, RawRow> byGssCode = new HashMap<>();
        for (RawRow row : rows) {
            String registerCode = row.get("local-authority-code");
            RawRow earlier = byRegisterCode.putIfAbsent(registerCode, row);
            if (earlier != null && !registerCode.isEmpty()) {
                row.problem(problems, "local-authority-code", "'" + registerCode + "' is also on row " + earlier.line());
            }
            String gss = row.get("gss-code");
            RawRow earlierGss = byGssCode.putIfAbsent(gss, row);
            if (earlierGss != null && !gss.isEmpty()) {
                row.problem(problems, "gss-code", "'" + gss + "' is also on row " + earlierGss.line());
            }
        }
        List<Authority> authorities = new ArrayList<>();
        for (RawRow row : rows) {
            Authority authority = toAuthority(row, byRegisterCode, problems);
            if (authority != null) {
                authorities.add(authority);
            }
        }
        return authorities;
    }

    private static Authority toAuthority(RawRow row, Map<String, RawRow> byRegisterCode, List<RegisterProblem> problems) {
        int before = problems.size();
        String registerCode = row.get("local-authority-code");
        if (registerCode.isEmpty() || registerCode.length() > 8) {
            row.problem(problems, "local-authority-code", "must be 1 to 8 characters, got '" + registerCode + "'");
        }
        OnsCode code = onsCode(row, "gss-code", row.get("gss-code"), problems);
        String officialName = row.get("official-name");
        String name = row.get("nice-name").isEmpty() ? officialName : row.get("nice-name");
        if (name.isEmpty()) {
            row.problem(problems, "nice-name", "the authority has no name");
        }
        tooLong(row, "nice-name", name, 200, problems);
        tooLong(row, "official-name", officialName, 300, problems);
        AuthorityType type = TYPES.get(row.get("local-authority-type"));
        if (type == null) {
            row.problem(problems, "local-authority-type", "'" + row.get("local-authority-type")
                    + "' is not an English authority type; expected one of " + String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        Region region = null;
        if (!row.get("region").isEmpty()) {
            region = Region.fromCodeOrName(row.get("region")).orElse(null);
            if (region == null) {
                row.problem(problems, "region", "'" + row.get("region") + "' is not an English region");
            }
        }
        LocalDate start = date(row, "start-date", problems);
        LocalDate end = date(row, "end-date", problems);
        if (start != null && end != null && end.isBefore(start)) {
            row.problem(problems, "end-date", "ends (" + end + ") before it starts (" + start + ")");
        }
        if ("True".equalsIgnoreCase(row.get("current-authority")) && end != null) {
            row.problem(problems, "end-date", "a current authority cannot have an end date");
        }
        Integer population = wholeNumber(row, "pop-2020", problems);
        BigDecimal area = decimal(row, "area", problems);
        OnsCode county = referenced(row, "county-la", row.get("county-la"), byRegisterCode, problems);
        List<OnsCode> successors = new ArrayList<>();
        for (String successor : row.get("replaced-by").split(",")) {
            if (!successor.isBlank()) {
                OnsCode successorCode = referenced(row, "replaced-by", successor.strip(), byRegisterCode, problems);
                if (successorCode != null) {
                    successors.add(successorCode);
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Authority(code, registerCode, name, officialName.isEmpty() ? name : officialName, type, region, county,
                population, population == null ? null : POPULATION_YEAR, area, start, end, successors);
    }

    private static void tooLong(RawRow row, String column, String value, int limit, List<RegisterProblem> problems) {
        if (value.length() > limit) {
            row.problem(problems, column, "must be " + limit + " characters or fewer, got " + value.length());
        }
    }

    private static OnsCode onsCode(RawRow row, String column, String value, List<RegisterProblem> problems) {
        try {
            return OnsCode.parse(value);
        } catch (IllegalArgumentException e) {
            row.problem(problems, column, e.getMessage());
            return null;
        }
    }

    private static OnsCode referenced(RawRow row, String column, String registerCode, Map<String, RawRow> byRegisterCode,
                                      List<RegisterProblem> problems) {
        if (registerCode.isEmpty()) {
            return null;
        }
        RawRow target = byRegisterCode.get(registerCode);
        if (target == null) {
            row.problem(problems, column, "'" + registerCode + "' is not the local-authority-code of any English authority in the file");
            return null;
        }
        return OnsCode.isValid(target.get("gss-code")) ? OnsCode.parse(target.get("gss-code")) : null;
    }

    private static LocalDate date(RawRow row, String column, List<RegisterProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            row.problem(problems, column, "'" + value + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static Integer wholeNumber(RawRow row, String column, List<RegisterProblem> problems) {
        BigDecimal number = decimal(row, column, problems);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            row.problem(problems, column, "'" + row.get(column) + "' is not a whole number");
            return null;
        }
    }

    private static BigDecimal decimal(RawRow row, String column, List<RegisterProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0) {
                row.problem(problems, column, "'" + value + "' is negative");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            row.problem(problems, column, "'" + value + "' is not a number");
            return null;
        }
    }

    /** A data row with its columns looked up by name; absent trailing fields read as blank. */
    private record RawRow(CsvRecord record, Map<String, Integer> header) {
        String get(String column) {
            Integer index = header.get(column);
            if (index == null || index >= record.getFieldCount()) {
                return "";
            }
            return record.getField(index).strip();
        }

        long line() {
            return record.getStartingLineNumber();
        }

        void problem(List<RegisterProblem> problems, String column, String message) {
            problems.add(new RegisterProblem(line(), column, message));
        }
    }
}
