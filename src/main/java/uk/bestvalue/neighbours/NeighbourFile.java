package uk.bestvalue.neighbours;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.authority.OnsCode;

/**
 * Reads a file of neighbour lists in one of two layouts, told apart by the header:
 * <ul>
 *   <li><b>long</b> (the product's own, docs/formats.md): {@code authority_code,rank,neighbour_code[,distance]},
 *       one row per neighbour — any publisher's list, CIPFA's included, can be written this way;</li>
 *   <li><b>ONS wide</b>, as ONS publishes its similar councils: {@code AREACD,1,2,…,20}, one row per area,
 *       its neighbours in order.</li>
 * </ul>
 * Every row is checked before anything is kept; all problems are named by row (as a spreadsheet
 * numbers it) and column. An area outside the register (a Welsh or Scottish council, a combined
 * authority newer than the register) is kept as a neighbour marked outside the data; a list
 * <em>for</em> such an area is counted and left out.
 */
final class NeighbourFile {
    static final int MAX_PROBLEMS = 100;
    static final int MAX_NEIGHBOURS = 100;

    /** What a file holds: the rows for authorities in the register, and how many lists were of areas outside it. */
    record Parsed(String layout, List<NeighbourRepository.Row> rows, int listsOutside, int neighboursOutside) {
    }

    private NeighbourFile() {
    }

    static Parsed read(byte[] content, Predicate<String> inRegister) {
        List<FieldError> problems = new ArrayList<>();
        List<NeighbourRepository.Row> rows = new ArrayList<>();
        Set<String> listsOutside = new HashSet<>();
        String layout = null;
        Map<String, Integer> header = null;
        Map<String, Set<Integer>> ranks = new LinkedHashMap<>();
        Set<String> pairs = new HashSet<>();
        long line = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(new ByteArrayInputStream(content))) {
            for (CsvRecord record : reader) {
                line++;
                if (header == null) {
                    header = header(record);
                    layout = header.containsKey("areacd") ? "ons" : header.containsKey("authority_code") ? "long" : null;
                    if (layout == null) {
                        throw new Invalid("file", "the header names neither authority_code, rank, neighbour_code (the product's layout)"
                                + " nor AREACD, 1, 2, … (ONS's similar councils); see docs/formats.md");
                    }
                    if (layout.equals("long")) {
                        for (String column : List.of("rank", "neighbour_code")) {
                            if (!header.containsKey(column)) {
                                throw new Invalid("file", "the header has authority_code but no " + column + " column");
                            }
                        }
                    }
                    continue;
                }
                if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                    continue;
                }
                if (layout.equals("ons")) {
                    readWide(record, line, header, inRegister, rows, problems, listsOutside, ranks);
                } else {
                    readLong(record, line, header, inRegister, rows, problems, listsOutside, ranks, pairs);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(new FieldError("file", "more problems follow; the first " + MAX_PROBLEMS + " are listed"));
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new Invalid("file", "row " + (line + 1) + ": the file is not readable CSV (" + e.getMessage() + ")");
        }
        if (header == null) {
            throw new Invalid("file", "the file is empty");
        }
        for (Map.Entry<String, Set<Integer>> list : ranks.entrySet()) {
            int expected = 1;
            for (int rank : list.getValue().stream().sorted().toList()) {
                if (rank != expected) {
                    problems.add(new FieldError("rank", list.getKey() + "'s ranks must run 1, 2, 3 … without a gap; " + expected + " is missing"));
                    break;
                }
                expected++;
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldError("file", "the file holds no list for an authority in the register"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        int outside = (int) rows.stream().filter(NeighbourRepository.Row::outside).count();
        return new Parsed(layout, rows, listsOutside.size(), outside);
    }

    private static void readWide(CsvRecord record, long line, Map<String, Integer> header, Predicate<String> inRegister,
                                 List<NeighbourRepository.Row> rows, List<FieldError> problems, Set<String> listsOutside,
                                 Map<String, Set<Integer>> ranks) {
        String area = field(record, header.get("areacd"));
        String authority = authority(area, line, "AREACD", inRegister, problems, listsOutside);
        if (authority == null) {
            return;
        }
        if (ranks.containsKey(authority)) {
            problems.add(new FieldError("row " + line + ", column AREACD", authority + " has a second list"));
            return;
        }
        ranks.put(authority, new HashSet<>());
        Set<String> seen = new HashSet<>();
        for (int rank = 1; rank <= MAX_NEIGHBOURS && header.containsKey(String.valueOf(rank)); rank++) {
            String code = field(record, header.get(String.valueOf(rank)));
            if (code.isEmpty()) {
                continue;
            }
            String column = "row " + line + ", column " + rank;
            NeighbourRepository.Row row = neighbour(authority, rank, code, null, column, inRegister, problems, seen);
            if (row != null) {
                rows.add(row);
                ranks.get(authority).add(rank);
            }
        }
    }

    private static void readLong(CsvRecord record, long line, Map<String, Integer> header, Predicate<String> inRegister,
                                 List<NeighbourRepository.Row> rows, List<FieldError> problems, Set<String> listsOutside,
                                 Map<String, Set<Integer>> ranks, Set<String> pairs) {
        String authority = authority(field(record, header.get("authority_code")), line, "authority_code", inRegister, problems, listsOutside);
        if (authority == null) {
            return;
        }
        String rankText = field(record, header.get("rank"));
        Integer rank = null;
        try {
            rank = Integer.valueOf(rankText);
        } catch (NumberFormatException e) {
            // named below
        }
        if (rank == null || rank < 1 || rank > MAX_NEIGHBOURS) {
            problems.add(new FieldError("row " + line + ", column rank", "'" + shortened(rankText) + "' is not a rank from 1 to " + MAX_NEIGHBOURS));
            return;
        }
        Double distance = null;
        String distanceText = field(record, header.get("distance"));
        if (!distanceText.isEmpty()) {
            try {
                distance = Double.valueOf(distanceText);
            } catch (NumberFormatException e) {
                distance = Double.NaN;
            }
            if (distance.isNaN() || distance.isInfinite() || distance < 0) {
                problems.add(new FieldError("row " + line + ", column distance", "'" + shortened(distanceText)
                        + "' is not a distance (a number of 0 or more, or blank where the publisher gives none)"));
                return;
            }
        }
        Set<Integer> taken = ranks.computeIfAbsent(authority, k -> new HashSet<>());
        if (!taken.add(rank)) {
            problems.add(new FieldError("row " + line + ", column rank", authority + " has two neighbours at rank " + rank));
            return;
        }
        String column = "row " + line + ", column neighbour_code";
        Set<String> seen = new HashSet<>();
        NeighbourRepository.Row row = neighbour(authority, rank, field(record, header.get("neighbour_code")), distance, column, inRegister,
                problems, seen);
        if (row != null) {
            if (!pairs.add(authority + "|" + row.neighbour())) {
                problems.add(new FieldError(column, row.neighbour() + " is listed twice as a neighbour of " + authority));
                return;
            }
            rows.add(row);
        } else {
            taken.remove(rank);
        }
    }

    /** The authority a list is for, or null when it is outside the register (counted) or bad (a problem). */
    private static String authority(String text, long line, String column, Predicate<String> inRegister, List<FieldError> problems,
                                    Set<String> listsOutside) {
        if (!OnsCode.isValid(text)) {
            problems.add(new FieldError("row " + line + ", column " + column, "'" + shortened(text) + "' is not an ONS code such as E07000135"));
            return null;
        }
        String code = recoded(OnsCode.parse(text).value());
        if (inRegister.test(code)) {
            return code;
        }
        listsOutside.add(code);
        return null;
    }

    private static NeighbourRepository.Row neighbour(String authority, int rank, String text, Double distance, String column,
                                                     Predicate<String> inRegister, List<FieldError> problems, Set<String> seen) {
        if (!OnsCode.isValid(text)) {
            problems.add(new FieldError(column, "'" + shortened(text) + "' is not an ONS code such as E07000135"));
            return null;
        }
        String code = recoded(OnsCode.parse(text).value());
        if (code.equals(authority)) {
            problems.add(new FieldError(column, code + " is listed as its own neighbour"));
            return null;
        }
        if (!seen.add(code)) {
            problems.add(new FieldError(column, code + " is listed twice as a neighbour of " + authority));
            return null;
        }
        boolean known = inRegister.test(code);
        return new NeighbourRepository.Row(authority, rank, code, distance, !known);
    }

    /**
     * Councils ONS gave a new code without any change of council: Barnsley and Sheffield were re-coded
     * on 1 April 2024 after a small boundary change between them. The register keeps the codes the
     * councils' data is published under, so a list naming the new code is read as the council it means.
     */
    static final Map<String, String> RECODED = Map.of("E08000038", "E08000016", "E08000039", "E08000019");

    static String recoded(String code) {
        return RECODED.getOrDefault(code, code);
    }

    private static Map<String, Integer> header(CsvRecord record) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            columns.putIfAbsent(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String field(CsvRecord record, Integer index) {
        return index == null || index >= record.getFieldCount() ? "" : record.getField(index).strip();
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
