package uk.bestvalue.neighbours;

/**
 * A named set of nearest-neighbour lists: a publisher's (ONS's similar councils, CIPFA's nearest
 * neighbours, a council's own) or one our model computed. {@code key} is how URLs and the API name it.
 */
public record NeighbourSet(String key, String name, String publisher, String licence, String source, String method,
                           String edition, boolean computed, int lists, int outside) {
}
