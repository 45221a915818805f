package uk.bestvalue.report;

/** An item of an authority's own list with its code, e.g. strategic objective "SO1 Our Council" or risk "CR4 Reputation Damage". */
public record Coded(String code, String label) {
    @Override
    public String toString() {
        return label + " (" + code + ")";
    }
}
