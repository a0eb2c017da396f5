package nl.workinnl.assistant.pages;

import java.util.ArrayList;
import java.util.List;

/** The official text of a measure as paragraphs and lists, the way the corpus writes them. */
final class OfficialText {

    record Block(String paragraph, List<String> items) {
        public boolean isList() {
            return items != null;
        }
    }

    private OfficialText() {}

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : text.strip().split("\\n\\s*\\n")) {
            List<String> items = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : chunk.split("\\n")) {
                if (line.startsWith("- ")) {
                    if (!paragraph.isEmpty()) {
                        blocks.add(new Block(paragraph.toString(), null));
                        paragraph.setLength(0);
                    }
                    items.add(line.substring(2));
                } else {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
                }
            }
            if (!items.isEmpty()) {
                blocks.add(new Block(null, items));
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new Block(paragraph.toString(), null));
            }
        }
        return blocks;
    }
}
