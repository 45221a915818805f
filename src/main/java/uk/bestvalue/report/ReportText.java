package uk.bestvalue.report;

/**
 * Text made safe to print. Whatever was stored (an old row, an import, a pasted control character),
 * a report must still render: characters XML 1.0 forbids, other control characters and halves of
 * surrogate pairs are dropped; a tab becomes a space. Everything else, including emoji and
 * right-to-left text, is kept.
 */
final class ReportText {
    private ReportText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep;
            String replacement = null;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
                if (keep) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else if (c == '\t') {
                keep = false;
                replacement = " ";
            } else if (c == '\n' || c == '\r') {
                keep = true;
            } else {
                keep = c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && c != 0xfffe && c != 0xffff;
            }
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(length).append(text, 0, i);
                }
                if (replacement != null) {
                    out.append(replacement);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
