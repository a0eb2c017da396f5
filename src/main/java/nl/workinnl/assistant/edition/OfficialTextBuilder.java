package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts a measure's paragraphs together as the corpus keeps an official text: paragraphs separated
 * by a blank line, list items "- " one a line, and a paragraph that the document broke across a
 * page ("... via mail" / "gebeurt landelijk.") joined again.
 */
final class OfficialTextBuilder {

    private static final Pattern LIST_ITEM = Pattern.compile("^[-•]\\s+");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("^[a-z]\\.\\s");

    private OfficialTextBuilder() {}

    static String build(List<SourceParagraph> paragraphs) {
        List<String> blocks = new ArrayList<>();
        for (SourceParagraph p : paragraphs) {
            String block = block(p);
            if (!blocks.isEmpty() && continuesPrevious(blocks.getLast(), block)) {
                blocks.set(blocks.size() - 1, blocks.getLast() + " " + block);
            } else {
                blocks.add(block);
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static String block(SourceParagraph p) {
        List<String> lines = new ArrayList<>();
        for (String line : p.lines()) {
            if (LIST_ITEM.matcher(line).find()) {
                lines.add(LIST_ITEM.matcher(line).replaceFirst("- "));
            } else if (lines.isEmpty()) {
                lines.add(line);
            } else {
                // A hard-wrapped line goes on with the sentence or list item before it.
                lines.set(lines.size() - 1, lines.getLast() + " " + line);
            }
        }
        return String.join("\n", lines);
    }

    private static boolean continuesPrevious(String previous, String block) {
        return !block.isEmpty() && Character.isLowerCase(block.charAt(0)) && !SUB_PARAGRAPH.matcher(block).find()
                && !LIST_ITEM.matcher(block).find() && !previous.contains("\n")
                && !previous.matches("(?s).*[.:;!?]$");
    }
}
