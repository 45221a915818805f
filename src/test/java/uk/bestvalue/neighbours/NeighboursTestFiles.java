package uk.bestvalue.neighbours;

import java.util.Set;

/** The shipped data files a neighbours test needs: the metrics our model reads, and the recycling rate to compare with. */
public final class NeighboursTestFiles {
    public static final Set<String> MODEL_FILES = Set.of("imd2019-england-ltla22.csv", "gross-median-weekly-pay.csv",
            "net-additions-to-the-housing-stock.csv", "la_ruc.csv", "household-waste-recycling-rate.csv");

    private NeighboursTestFiles() {
    }
}
