package uk.bestvalue.report;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * Right-to-left text (Hebrew, Arabic, Urdu names in an owner or a narrative) in the PDF, laid out
 * with the JDK's own Unicode bidirectional algorithm: without it the renderer draws such text in
 * stored order, which reads backwards. Arabic letters are drawn in their isolated forms: the JDK
 * has no contextual shaping.
 */
final class ReportBidi {
    private ReportBidi() {
    }

    /** Splits a paragraph into runs of one direction, in the order they are drawn. */
    static final class Splitter implements BidiSplitter {
        private BidiTextRun[] runs = new BidiTextRun[0];

        @Override
        public void setParagraph(String text, byte defaultDirection) {
            if (text.isEmpty()) {
                runs = new BidiTextRun[0];
                return;
            }
            int flag = defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : defaultDirection == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            Bidi bidi = new Bidi(text, flag);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            BidiTextRun[] logical = new BidiTextRun[count];
            for (int i = 0; i < count; i++) {
                int level = bidi.getRunLevel(i);
                levels[i] = (byte) level;
                logical[i] = new BidiTextRun(bidi.getRunStart(i), bidi.getRunLimit(i) - bidi.getRunStart(i), (level & 1) == 1 ? RTL : LTR);
            }
            Bidi.reorderVisually(levels, 0, logical, 0, count);
            runs = logical;
        }

        @Override
        public int countTextRuns() {
            return runs.length;
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs[index];
        }

        @Override
        public byte getBaseDirection(String text) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
                i += Character.charCount(c);
            }
            return NEUTRAL;
        }
    }

    /** Turns a right-to-left run into drawing order: reversed by character, brackets mirrored. */
    static final class Reorderer implements BidiReorderer {
        @Override
        public String reorderRTLTextToLTR(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int i = text.length();
            while (i > 0) {
                int c = text.codePointBefore(i);
                i -= Character.charCount(c);
                out.appendCodePoint(mirror(c));
            }
            return out.toString();
        }

        @Override
        public String shapeText(String text) {
            return text;
        }

        @Override
        public String deshapeText(String text) {
            return text;
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        private static int mirror(int c) {
            return switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '{' -> '}';
                case '}' -> '{';
                case '<' -> '>';
                case '>' -> '<';
                case '«' -> '»';
                case '»' -> '«';
                default -> c;
            };
        }
    }
}
