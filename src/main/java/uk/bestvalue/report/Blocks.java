package uk.bestvalue.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The editable text of a report section, read as blocks: paragraphs separated by blank lines, and
 * runs of lines starting "- " as bulleted lists. Both renderers (HTML and Word) draw the same blocks.
 */
public final class Blocks {
    private Blocks() {
    }

    /** A paragraph ({@code items} has one entry) or a bulleted list. */
    public record Block(boolean list, List<String> items) {
        public String text() {
            return String.join(" ", items);
        }
    }

    public static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> paragraph = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("* ")) {
                flush(blocks, paragraph, false);
                bullets.add(line.substring(2).strip());
            } else if (line.isEmpty()) {
                flush(blocks, paragraph, false);
                flush(blocks, bullets, true);
            } else {
                flush(blocks, bullets, true);
                paragraph.add(line);
            }
        }
        flush(blocks, paragraph, false);
        flush(blocks, bullets, true);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<String> lines, boolean list) {
        if (lines.isEmpty()) {
            return;
        }
        blocks.add(list ? new Block(true, List.copyOf(lines)) : new Block(false, List.of(String.join(" ", lines))));
        lines.clear();
    }
}
