package uk.bestvalue.explorer;

import java.util.function.LongConsumer;

/**
 * A values file to import. {@code metric} names the metric for a file without a metric column;
 * {@code skipBadRows} imports the good rows and reports the bad ones instead of refusing the file;
 * {@code progress} hears how many rows have been read, for long files; {@code recipe} (YAML, format
 * bestvalue-recipe/1) says how to read a publisher's own file.
 */
public record ImportRequest(String fileName, byte[] content, String metric, boolean skipBadRows, String source, String licence,
                            String importedBy, LongConsumer progress, String mapping, String sheet, String recipe, boolean checkOnly) {

    public ImportRequest(String fileName, byte[] content, String metric, boolean skipBadRows, String source, String licence,
                         String importedBy, LongConsumer progress, String mapping, String sheet, String recipe) {
        this(fileName, content, metric, skipBadRows, source, licence, importedBy, progress, mapping, sheet, recipe, false);
    }

    /** The same request, to read and check every row and count what would change, writing nothing. */
    public ImportRequest checkingOnly() {
        return new ImportRequest(fileName, content, metric, skipBadRows, source, licence, importedBy, progress, mapping, sheet, recipe, true);
    }

    public ImportRequest(String fileName, byte[] content, String metric, boolean skipBadRows, String source, String licence,
                         String importedBy, LongConsumer progress, String mapping, String sheet) {
        this(fileName, content, metric, skipBadRows, source, licence, importedBy, progress, mapping, sheet, null, false);
    }

    public ImportRequest(String fileName, byte[] content, String metric, boolean skipBadRows, String source, String licence,
                         String importedBy, LongConsumer progress) {
        this(fileName, content, metric, skipBadRows, source, licence, importedBy, progress, null, null, null, false);
    }
}
