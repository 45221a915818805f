package uk.bestvalue.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What the PDF's embedded fonts can draw. A character none of them has (an emoji, a Chinese name)
 * would print as "#"; instead it is written as its Unicode name in brackets, so the reader still
 * learns what was there. The HTML and Word reports keep the character itself: browsers and Word
 * bring fonts of their own.
 */
final class Glyphs {
    private static final BitSet DRAWABLE = load("/liberation/LiberationSans-Regular.ttf", "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");

    private Glyphs() {
    }

    static boolean drawable(int codePoint) {
        return codePoint < 0x80 || DRAWABLE.get(codePoint) || Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    /** The text with every character the fonts lack replaced by its name, e.g. "[deciduous tree]". */
    static String named(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!drawable(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 32).append(text, 0, i);
                }
                if (c != 0xFE0F && c != 0x200D) {
                    String name = Character.getName(c);
                    out.append('[').append(name == null ? String.format("U+%04X", c) : name.toLowerCase(Locale.ROOT)).append(']');
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static BitSet load(String... resources) {
        BitSet set = new BitSet(0x30000);
        for (String resource : resources) {
            try (InputStream in = Glyphs.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The report font " + resource + " is missing from the product");
                }
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    for (int c = 0x80; c < 0x30000; c++) {
                        if (cmap.getGlyphId(c) > 0) {
                            set.set(c);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the report font " + resource, e);
            }
        }
        return set;
    }
}
