package uk.bestvalue.explorer;

import java.time.LocalDateTime;

/** The record of an import: which file, its checksum and licence, who brought it, when, and what it did. */
public record ValueImport(long id, String fileName, String checksum, String source, String licence, String importedBy,
                          LocalDateTime importedAt, int rowsAccepted, int rowsSkipped) {
}
