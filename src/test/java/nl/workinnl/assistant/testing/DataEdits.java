package nl.workinnl.assistant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Status;

/**
 * The edits an editor or the import command makes to a corpus directory, done as they would be: a
 * measure's status with its history entry, and the dashboard in catalogue.yaml that must agree.
 */
public final class DataEdits {

    private final Path corpus;

    public DataEdits(Path corpus) {
        this.corpus = corpus;
    }

    public Status status(String id) {
        Matcher m = Pattern.compile("(?m)^status: (\\S+)$").matcher(read(measureFile(id)));
        if (!m.find()) {
            throw new IllegalStateException("no status in " + id);
        }
        return Status.valueOf(m.group(1));
    }

    /**
     * The edition after the corpus's latest, a year on as the overview appears: a test that imports a
     * "new" edition into a copy of the real data must go past whatever edition the data has reached,
     * or the history would run backwards.
     */
    public String nextEdition() {
        Matcher m = Pattern.compile("(?m)^statusDate: \"([0-9]{4}-[0-9]{2})\"$").matcher(read(corpus.resolve("catalogue.yaml")));
        if (!m.find()) {
            throw new IllegalStateException("no statusDate in catalogue.yaml");
        }
        return YearMonth.parse(m.group(1)).plusYears(1).toString();
    }

    /** A new status of one measure in a new edition: the measure file first, then the dashboard, as the import writes them. */
    public void changeStatus(String id, Status to, String edition) {
        Path file = measureFile(id);
        String text = read(file);
        Status from = status(id);
        text = text.replaceFirst("(?m)^status: .*$", "status: " + to)
                .replaceFirst("(?m)^statusDate: .*$", "statusDate: \"" + edition + "\"");
        String entry = "  - { edition: \"" + edition + "\", status: " + to + " }";
        Matcher last = Pattern.compile("(?m)^  - \\{ edition: \"([0-9-]+)\", status: \\w+ }$").matcher(text);
        int end = -1;
        String lastEdition = null;
        while (last.find()) {
            end = last.end();
            lastEdition = last.group(1);
        }
        text = edition.equals(lastEdition)
                ? replaceLast(text, entry)
                : text.substring(0, end) + "\n" + entry + text.substring(end);
        write(file, text);
        Path catalogue = corpus.resolve("catalogue.yaml");
        String cat = read(catalogue).replaceFirst("(?m)^statusDate: .*$", "statusDate: \"" + edition + "\"");
        cat = addToCount(cat, from, -1);
        cat = addToCount(cat, to, +1);
        write(catalogue, cat);
    }

    /**
     * Forgets every edition but one: each measure keeps its status, now as of {@code edition} and with
     * that one history entry, as if the corpus had been built from that edition alone. A test that
     * needs a known starting point for editions begins here, whatever editions the data has recorded.
     */
    public void onlyEdition(String edition) {
        try (var files = Files.list(corpus.resolve("measures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                String text = read(file)
                        .replaceFirst("(?m)^statusDate: .*$", "statusDate: \"" + edition + "\"")
                        .replaceFirst("(?m)^history:\\n(  - .*\\n)+",
                                "history:\n  - { edition: \"" + edition + "\", status: " + status(id) + " }\n");
                write(file, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path catalogue = corpus.resolve("catalogue.yaml");
        write(catalogue, read(catalogue).replaceFirst("(?m)^statusDate: .*$", "statusDate: \"" + edition + "\""));
    }

    /** A mistake an editor could make: a status that does not exist. */
    public void misspellStatus(String id) {
        Path file = measureFile(id);
        write(file, read(file).replaceFirst("(?m)^status: (\\S+)$", "status: $1D"));
    }

    private static String replaceLast(String text, String entry) {
        int at = text.lastIndexOf("  - { edition: ");
        int lineEnd = text.indexOf('\n', at);
        return text.substring(0, at) + entry + (lineEnd < 0 ? "" : text.substring(lineEnd));
    }

    private static String addToCount(String catalogue, Status status, int delta) {
        Matcher m = Pattern.compile("(\\{ code: " + status + ", label: \"[^\"]*\", count: )(\\d+)").matcher(catalogue);
        if (!m.find()) {
            throw new IllegalStateException("no count for " + status + " in catalogue.yaml");
        }
        return catalogue.substring(0, m.start()) + m.group(1) + (Integer.parseInt(m.group(2)) + delta) + catalogue.substring(m.end());
    }

    private Path measureFile(String id) {
        return corpus.resolve("measures/" + id + ".yaml");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
