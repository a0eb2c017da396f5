package nl.workinnl.assistant.edition;

import java.util.List;

/** A paragraph of the overview: its lines (a list keeps one item a line) and where it starts in the file. */
record SourceParagraph(int line, List<String> lines) {

    SourceParagraph {
        lines = List.copyOf(lines);
    }

    static SourceParagraph of(int line, String text) {
        return new SourceParagraph(line, List.of(text));
    }

    String text() {
        return String.join("\n", lines);
    }

    boolean isSingleLine() {
        return lines.size() == 1;
    }

    String first() {
        return lines.getFirst();
    }
}
