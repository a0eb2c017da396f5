package nl.workinnl.assistant.telegram;

import java.util.ArrayList;
import java.util.List;

/** Telegram's HTML parse mode: every dynamic text escaped, long texts split where a reader would pause. */
final class TelegramHtml {

    static final int MAX_MESSAGE = 4096;

    private TelegramHtml() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    static String link(String url, String text) {
        return "<a href=\"" + escape(url).replace("\"", "&quot;") + "\">" + escape(text) + "</a>";
    }

    /**
     * Splits at paragraph boundaries so that no part exceeds Telegram's limit; a paragraph longer
     * than the limit is split at line ends, and a line longer than that at the limit itself.
     * Callers split texts whose markup stays within paragraphs.
     */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            for (String piece : pieces(paragraph, limit)) {
                String sep = current.isEmpty() ? "" : "\n\n";
                if (current.length() + sep.length() + piece.length() > limit) {
                    parts.add(current.toString());
                    current.setLength(0);
                    sep = "";
                }
                current.append(sep).append(piece);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static List<String> pieces(String paragraph, int limit) {
        if (paragraph.length() <= limit) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            while (line.length() > limit) {
                if (!current.isEmpty()) {
                    pieces.add(current.toString());
                    current.setLength(0);
                }
                pieces.add(line.substring(0, limit));
                line = line.substring(limit);
            }
            if (current.length() + 1 + line.length() > limit) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : "\n").append(line);
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }
}
