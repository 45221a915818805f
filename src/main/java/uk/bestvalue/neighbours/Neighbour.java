package uk.bestvalue.neighbours;

/**
 * One neighbour in an authority's list. A neighbour outside the data (a Welsh or Scottish council
 * in a UK-wide list) keeps its rank and code, has no name from the register, and is never compared.
 * {@code distance} is null where the publisher gives none.
 */
public record Neighbour(int rank, String code, String name, String type, Double distance, boolean outside) {
}
