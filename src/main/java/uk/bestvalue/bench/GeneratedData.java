package uk.bestvalue.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.Polarity;

/**
 * Made-up metrics and values for benchmarks at national scale, from a seeded generator so that
 * every run makes the same data. Every generated metric says in its id, title and flag that it is
 * generated; none of it is ever shown as real.
 */
final class GeneratedData {
    static final String PREFIX = "generated-";
    static final Set<AuthorityType> COUNCILS = Set.of(AuthorityType.SHIRE_DISTRICT, AuthorityType.SHIRE_COUNTY, AuthorityType.UNITARY,
            AuthorityType.METROPOLITAN_DISTRICT, AuthorityType.LONDON_BOROUGH);

    private GeneratedData() {
    }

    static List<Metric> metrics(int count) {
        List<Metric> metrics = new ArrayList<>();
        Polarity[] polarities = Polarity.values();
        for (int i = 1; i <= count; i++) {
            metrics.add(new Metric(id(i), "Generated metric " + i + " (benchmark data, not real)",
                    "Values made by a seeded random generator for performance benchmarks. Not real data.", "percent",
                    polarities[i % polarities.length], "Generated (benchmark)", "Best Value Workbench benchmark", "seeded generator",
                    "none: generated", COUNCILS, "financial_year", true));
        }
        return metrics;
    }

    static String id(int i) {
        return String.format("%s%03d", PREFIX, i);
    }

    static List<String> periods(int count) {
        List<String> periods = new ArrayList<>();
        for (int start = 2024 - count; start < 2024; start++) {
            periods.add(start + "/" + String.format("%02d", (start + 1) % 100));
        }
        return periods;
    }

    /** A long CSV of every value for the metrics numbered from..to (inclusive), for the given authorities and periods. */
    static String longCsv(int from, int to, List<String> periods, List<String> authorities, long seed) {
        Random random = new Random(seed + from);
        StringBuilder csv = new StringBuilder(64 * (to - from + 1) * periods.size() * authorities.size() + 64);
        csv.append("authority_code,metric,period,value\n");
        for (int m = from; m <= to; m++) {
            String metric = id(m);
            double centre = 20 + random.nextInt(60);
            for (String period : periods) {
                for (String authority : authorities) {
                    csv.append(authority).append(',').append(metric).append(',').append(period).append(',');
                    if (random.nextInt(50) != 0) {
                        // A percent runs from 0 to 100: the import refuses anything outside it.
                        csv.append(Math.max(0.0, Math.min(100.0, Math.round((centre + random.nextGaussian() * 8) * 10) / 10.0)));
                    }
                    csv.append('\n');
                }
            }
        }
        return csv.toString();
    }

    static int rows(String csv) {
        int rows = -1;
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n') {
                rows++;
            }
        }
        return rows;
    }
}
