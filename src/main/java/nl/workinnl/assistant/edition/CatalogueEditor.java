package nl.workinnl.assistant.edition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Status;

/**
 * Changes the figures of {@code catalogue.yaml} line by line, keeping its comments and layout: the
 * edition, the total, the count of each status and theme, and the overview's source entry.
 */
final class CatalogueEditor {

    private String content;

    CatalogueEditor(String content) {
        this.content = content;
    }

    CatalogueEditor statusDate(String edition) {
        return replaceOnce("(?m)^(statusDate:\\s*).*$", "\"" + edition + "\"", "statusDate");
    }

    CatalogueEditor total(int total) {
        return replaceOnce("(?m)^(total:\\s*)\\d+", String.valueOf(total), "total");
    }

    CatalogueEditor statusCount(Status status, int count) {
        return replaceOnce("(?m)^(\\s*-\\s*\\{\\s*code:\\s*" + status.name() + "\\s*,.*?\\bcount:\\s*)\\d+", String.valueOf(count),
                "the count of status " + status.name());
    }

    CatalogueEditor themeCount(String theme, int count) {
        return replaceOnce("(?m)^(\\s*-\\s*\\{\\s*id:\\s*" + Pattern.quote(theme) + "\\s*,\\s*count:\\s*)\\d+", String.valueOf(count),
                "the count of theme " + theme);
    }

    /** The source entry is a block "- key: overview" with "date:" and "file:" lines below it. */
    CatalogueEditor source(String key, String date, String file) {
        String block = "(?m)^(\\s*-\\s*key:\\s*" + Pattern.quote(key) + "\\s*\\n(?:\\s+(?!-)\\S.*\\n)*?\\s+";
        replaceOnce(block + "date:\\s*).*$", "\"" + date + "\"", "the date of source " + key);
        return replaceOnce(block + "file:\\s*).*$", file, "the file of source " + key);
    }

    String content() {
        return content;
    }

    private CatalogueEditor replaceOnce(String regex, String value, String what) {
        Matcher m = Pattern.compile(regex).matcher(content);
        if (!m.find()) {
            throw new ImportRefusedException("corpus/catalogue.yaml: cannot find " + what + " in the layout the import edits"
                    + " (one entry a line, as in the repository's copy)");
        }
        int start = m.start();
        String replaced = m.group(1) + value;
        int end = m.end();
        if (m.find()) {
            throw new ImportRefusedException("corpus/catalogue.yaml: " + what + " appears more than once");
        }
        content = content.substring(0, start) + replaced + content.substring(end);
        return this;
    }
}
