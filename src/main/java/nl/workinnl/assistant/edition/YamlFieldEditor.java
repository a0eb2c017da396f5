package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Changes top-level fields of a YAML file as text, so that every other line (editor fields, their
 * order, comments, folding) stays exactly as the editor wrote it. A field is its key line and the
 * indented lines after it; a comment at the left margin belongs to what follows.
 */
final class YamlFieldEditor {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*):(?:\\s.*)?$");

    private final List<String> lines;

    YamlFieldEditor(String content) {
        this.lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
    }

    /** Replaces the field, or puts it after {@code after} when the file lacks it. */
    YamlFieldEditor set(String field, String rendered, String after) {
        List<String> replacement = Arrays.asList(rendered.split("\n"));
        int start = start(field);
        if (start >= 0) {
            int end = end(start);
            lines.subList(start, end).clear();
            lines.addAll(start, replacement);
        } else {
            int anchor = start(after);
            if (anchor < 0) {
                throw new IllegalStateException("field '" + after + "' is missing, so '" + field + "' has no place");
            }
            lines.addAll(end(anchor), replacement);
        }
        return this;
    }

    String content() {
        return String.join("\n", lines);
    }

    private int start(String field) {
        for (int i = 0; i < lines.size(); i++) {
            var m = KEY.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private int end(int start) {
        int end = start + 1;
        int lastContent = start;
        while (end < lines.size()) {
            String line = lines.get(end);
            if (line.isBlank()) {
                end++;
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                break;
            }
            lastContent = end;
            end++;
        }
        // Blank lines after the field separate it from the next one; they are not part of it.
        return lastContent + 1;
    }

    static String scalar(String field, String value) {
        return field + ": " + quoted(value);
    }

    static String plain(String field, String value) {
        return field + ": " + value;
    }

    static String literalBlock(String field, String text) {
        StringBuilder b = new StringBuilder(field).append(": |");
        for (String line : text.stripTrailing().split("\n", -1)) {
            b.append('\n').append(line.isEmpty() ? "" : "  " + line);
        }
        return b.toString();
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
