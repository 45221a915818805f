package uk.bestvalue.neighbours;

import java.util.List;
import uk.bestvalue.authority.Authority;

/** An authority's neighbours in one set, nearest first, with why each is near where our indicators can tell. */
public record NeighbourList(Authority authority, NeighbourSet set, List<Entry> neighbours, List<Figure> figures) {
    public NeighbourList {
        neighbours = List.copyOf(neighbours);
        figures = List.copyOf(figures);
    }

    /** The authority's own figure on one indicator of our model, and how it was found (published, or aggregated from its parts). */
    public record Figure(String indicator, String title, double value, String derivation) {
    }

    /** A neighbour with the indicators on which it is closest to the authority and furthest from it. */
    public record Entry(Neighbour neighbour, List<Difference> closest, List<Difference> furthest) {
        public Entry {
            closest = List.copyOf(closest);
            furthest = List.copyOf(furthest);
        }
    }

    /** How far apart two authorities are on one indicator: both figures, and the gap in standard deviations. */
    public record Difference(String indicator, String title, double mine, double theirs, double gap) {
    }

    public long outside() {
        return neighbours.stream().filter(e -> e.neighbour().outside()).count();
    }
}
