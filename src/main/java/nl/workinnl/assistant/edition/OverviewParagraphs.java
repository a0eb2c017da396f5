package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the overview into paragraphs. The plain parts are separated by blank lines; a line that is
 * an HTML fragment (a table row of the original, one measure each) becomes the paragraphs it holds.
 */
final class OverviewParagraphs {

    private OverviewParagraphs() {}

    static List<SourceParagraph> of(String document) {
        List<SourceParagraph> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        String[] lines = document.replace("\r\n", "\n").replace('\u00a0', ' ').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].stripTrailing();
            if (HtmlRow.isHtml(line)) {
                flush(paragraphs, current, start);
                paragraphs.addAll(HtmlRow.paragraphs(line, lineNumber));
            } else if (line.isBlank()) {
                flush(paragraphs, current, start);
            } else {
                if (current.isEmpty()) {
                    start = lineNumber;
                }
                // Bold markers are conversion debris of one copy ("5. **Evaluatie ...**").
                current.add(line.replace("**", "").strip());
            }
        }
        flush(paragraphs, current, start);
        return paragraphs;
    }

    private static void flush(List<SourceParagraph> paragraphs, List<String> current, int start) {
        if (!current.isEmpty()) {
            paragraphs.add(new SourceParagraph(start, current));
            current.clear();
        }
    }
}
