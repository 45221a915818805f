package uk.bestvalue.explorer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import uk.bestvalue.Invalid;

/**
 * What a workbook may hold before it is refused: a zip bomb or a crafted sheet is stopped as it is
 * read, long before it fills memory. The limits sit well above the largest real publication (DEFRA's
 * ENV18 workbook expands to 22 MB, 17 times its packed size; a million-row sheet to a few hundred MB).
 */
record WorkbookLimits(int maxEntries, long maxExpandedBytes, long maxEntryRatio, long maxRows, int maxColumns, long maxCells,
                      long maxSharedStringBytes) {
    /**
     * The shared strings of an .xlsx are the one part held whole in memory while its sheet streams past.
     * They may take 64 MB of heap: with the upload itself (read once), the rows streaming through and
     * the import's own work, a workbook at every limit is still read within a 256 MB heap.
     */
    static final WorkbookLimits DEFAULT = new WorkbookLimits(1_000, 2L * 1024 * 1024 * 1024, 200, 2_000_000, 16_384, 60_000_000,
            64L * 1024 * 1024);

    /**
     * What one shared string costs on the heap besides its characters (two bytes each at worst): the
     * String, its array's header and the list's slot for it. Millions of one-letter strings cost far
     * more than their characters, so the limit counts this, not characters alone.
     */
    static final int SHARED_STRING_OVERHEAD = 48;

    static Invalid refused(String fileName, String why) {
        return new Invalid("file", (fileName == null ? "The file" : fileName) + " was refused: " + why);
    }

    /** Counts what a zip entry expands to and stops at the limits; a ratio check catches a bomb on its first megabytes. */
    final class Counted extends FilterInputStream {
        private final String fileName;
        private final String entry;
        private final java.util.function.LongSupplier packed;
        private final long[] total;
        private long read;

        Counted(InputStream in, String fileName, String entry, java.util.function.LongSupplier packed, long[] total) {
            super(in);
            this.fileName = fileName;
            this.entry = entry;
            this.packed = packed;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            total[0] += n;
            if (total[0] > maxExpandedBytes) {
                throw refused(fileName, "it expands to more than " + (maxExpandedBytes >> 20) + " MB");
            }
            if (read > 1024 * 1024 && read / packed.getAsLong() > maxEntryRatio) {
                throw refused(fileName, "its part " + entry + " expands more than " + maxEntryRatio + " times (a zip bomb?)");
            }
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
        }
    }
}
