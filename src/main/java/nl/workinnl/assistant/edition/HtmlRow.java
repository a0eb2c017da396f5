package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML fragment of the overview: a table row with the title and status in the first cell and
 * the text in the second, separated by a tab. It is turned into the paragraphs the plain parts of
 * the document have, so that one parser reads both: the radio input where the status dot stood
 * becomes "●", an ordered list "1) ... 2) ..." and a bullet list "• ... • ..." become "- " items,
 * and an italic run that opens a paragraph becomes a heading of its own.
 */
final class HtmlRow {

    private static final Pattern BLOCK = Pattern.compile(
            "<p>(.*?)</p>|<(ol|ul)\\b[^>]*>(.*?)(?:</\\2>|(?=<p>|<ol\\b|<ul\\b|$))", Pattern.DOTALL);
    private static final Pattern LEADING_ITALIC = Pattern.compile("^<i>(.*?)</i>\\s*(\\S.*)$", Pattern.DOTALL);

    private HtmlRow() {}

    static boolean isHtml(String line) {
        String s = line.strip();
        return s.startsWith("<p>") || s.startsWith("<ol") || s.startsWith("<ul");
    }

    static List<SourceParagraph> paragraphs(String line, int lineNumber) {
        List<SourceParagraph> result = new ArrayList<>();
        for (String cell : line.split("\t")) {
            Matcher m = BLOCK.matcher(cell);
            while (m.find()) {
                if (m.group(1) != null) {
                    paragraph(m.group(1), lineNumber, result);
                } else {
                    List<String> items = m.group(2).equals("ol") ? numberedItems(inline(m.group(3))) : bulletItems(inline(m.group(3)));
                    if (!items.isEmpty()) {
                        result.add(new SourceParagraph(lineNumber, items));
                    }
                }
            }
        }
        return result;
    }

    private static void paragraph(String html, int lineNumber, List<SourceParagraph> result) {
        String content = html.strip();
        Matcher italic = LEADING_ITALIC.matcher(content);
        if (italic.matches() && !italic.group(2).startsWith("●") && !italic.group(2).startsWith("<input")) {
            add(inline(italic.group(1)), lineNumber, result);
            content = italic.group(2);
        }
        add(inline(content), lineNumber, result);
    }

    private static void add(String text, int lineNumber, List<SourceParagraph> result) {
        if (!text.isBlank()) {
            result.add(SourceParagraph.of(lineNumber, text));
        }
    }

    /** Text without tags; the radio input (checked or not: the label after it is the status) becomes the dot. */
    static String inline(String html) {
        String text = html.replaceAll("<input\\b[^>]*>", "●")
                .replaceAll("<br\\s*/?>", " ")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** "1) a 2) b": split only where the next number in sequence starts, so "(beeld)bellen" stays whole. */
    private static List<String> numberedItems(String text) {
        List<String> items = new ArrayList<>();
        int next = 1;
        int start = -1;
        Matcher m = Pattern.compile("(?:^|\\s)(\\d+)\\)\\s").matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != next) {
                continue;
            }
            if (start >= 0) {
                items.add("- " + text.substring(start, m.start()).strip());
            }
            start = m.start(1);
            next++;
        }
        if (start >= 0) {
            items.add("- " + text.substring(start).strip());
        } else if (!text.isBlank()) {
            items.add("- " + text);
        }
        return items;
    }

    private static List<String> bulletItems(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split("\\s*•\\s*")) {
            if (!part.isBlank()) {
                items.add("- " + part.strip());
            }
        }
        return items;
    }
}
