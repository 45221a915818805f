package uk.bestvalue.authority;

/** What an import of a register file did. */
public record RegisterImport(String source, int imported, int added, int updated, int skippedOutsideEngland) {
}
