package nl.workinnl.assistant.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads the corpus and checks what no single file can check on its own: ids equal to file names,
 * known themes and sources, links that resolve, and totals equal to the overview's dashboard.
 */
public final class CorpusLoader {

    private final DataFileReader reader;

    public CorpusLoader(DataFileReader reader) {
        this.reader = reader;
    }

    public Corpus load() {
        List<DataProblem> problems = new ArrayList<>();
        var catalogue = reader.readOne("catalogue.yaml", Catalogue.class, problems);
        var themes = reader.readAll("themes", Theme.class, problems);
        var measures = reader.readAll("measures", Measure.class, problems);
        var topics = reader.readAll("topics", Topic.class, problems);
        // The checks across files go on over the files that could be read, so that one load reports
        // every mistake. A file that cannot be read still counts as there (its name is its id): a link
        // to it or a total that includes it is no second mistake.
        Set<String> unreadThemes = unread(reader.baseNames("themes"), themes);
        Set<String> unreadMeasures = unread(reader.baseNames("measures"), measures);
        Catalogue cat = catalogue.map(DataFileReader.Read::value).orElse(null);
        String catFile = catalogue.map(DataFileReader.Read::file).orElse(reader.displayName("catalogue.yaml"));

        themes.forEach(t -> idMatchesFile(t.file(), t.baseName(), t.value().id(), problems));
        Set<String> themeIds = null;
        if (cat != null) {
            checkCatalogue(cat, catFile, problems);
            themeIds = cat.themes().stream().map(Catalogue.ThemeEntry::id).collect(Collectors.toSet());
            Set<String> themeFiles = themes.stream().map(t -> t.value().id()).collect(Collectors.toSet());
            themeFiles.addAll(unreadThemes);
            for (String id : themeIds) {
                if (!themeFiles.contains(id)) {
                    problems.add(new DataProblem(catFile, "themes", "theme '" + id + "' has no file themes/" + id + ".yaml"));
                }
            }
            Set<String> listed = themeIds;
            themes.stream().filter(t -> !listed.contains(t.value().id())).forEach(t ->
                    problems.add(new DataProblem(t.file(), "id", "theme '" + t.value().id() + "' is not listed in catalogue.yaml")));
        }

        Set<String> measureIds = new HashSet<>();
        for (var m : measures) {
            Measure measure = m.value();
            idMatchesFile(m.file(), m.baseName(), measure.id(), problems);
            if (!measureIds.add(measure.id()) || unreadMeasures.contains(measure.id())) {
                problems.add(new DataProblem(m.file(), "id", "'" + measure.id() + "' is used by another measure too"));
            }
            if (themeIds != null && !themeIds.contains(measure.theme())) {
                problems.add(new DataProblem(m.file(), "theme", "unknown theme '" + measure.theme() + "'; known are " + themeIds));
            } else if (!measure.id().equals(measure.theme() + "-" + measure.number())) {
                problems.add(new DataProblem(m.file(), "number", "id '" + measure.id() + "' does not match theme '"
                        + measure.theme() + "' and number '" + measure.number() + "'"));
            }
            if (cat != null && cat.source(measure.source()).isEmpty()) {
                problems.add(new DataProblem(m.file(), "source", "unknown source '" + measure.source() + "'"));
            }
            checkHistory(m.file(), measure, problems);
            checkNoPlaceholders(m.file(), measure, problems);
        }
        Set<String> linkable = new HashSet<>(measureIds);
        linkable.addAll(unreadMeasures);
        for (var m : measures) {
            checkLinks(m.file(), "related", m.value().related(), linkable, problems);
            if (m.value().related().contains(m.value().id())) {
                problems.add(new DataProblem(m.file(), "related", "a measure cannot be related to itself"));
            }
        }
        for (var t : topics) {
            idMatchesFile(t.file(), t.baseName(), t.value().id(), problems);
            checkLinks(t.file(), "measures", t.value().measures(), linkable, problems);
            if (cat != null) {
                t.value().sources().stream().filter(key -> cat.source(key).isEmpty()).forEach(key ->
                        problems.add(new DataProblem(t.file(), "sources", "unknown source '" + key + "'")));
            }
        }
        if (cat != null && !measures.isEmpty() && unreadMeasures.isEmpty()) {
            checkTotals(cat, catFile, measures.stream().map(DataFileReader.Read::value).toList(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new Corpus(cat, themes.stream().map(DataFileReader.Read::value).toList(),
                measures.stream().map(DataFileReader.Read::value).toList(),
                topics.stream().map(DataFileReader.Read::value).toList());
    }

    private static Set<String> unread(List<String> files, List<? extends DataFileReader.Read<?>> read) {
        Set<String> unread = new HashSet<>(files);
        read.forEach(r -> unread.remove(r.baseName()));
        return unread;
    }

    private void checkCatalogue(Catalogue cat, String file, List<DataProblem> problems) {
        Set<Status> listed = cat.statuses().stream().map(Catalogue.StatusEntry::code).collect(Collectors.toSet());
        for (Status s : Status.values()) {
            if (!listed.contains(s)) {
                problems.add(new DataProblem(file, "statuses", "status " + s + " is missing"));
            }
        }
        if (cat.statuses().size() != listed.size()) {
            problems.add(new DataProblem(file, "statuses", "a status is listed twice"));
        }
        int statusSum = cat.statuses().stream().mapToInt(Catalogue.StatusEntry::count).sum();
        if (statusSum != cat.total()) {
            problems.add(new DataProblem(file, "statuses", "counts add up to " + statusSum + ", not to total " + cat.total()));
        }
        int themeSum = cat.themes().stream().mapToInt(Catalogue.ThemeEntry::count).sum();
        if (themeSum != cat.total()) {
            problems.add(new DataProblem(file, "themes", "counts add up to " + themeSum + ", not to total " + cat.total()));
        }
        for (Catalogue.Source source : cat.sources()) {
            if (!reader.exists(source.file())) {
                problems.add(new DataProblem(file, "sources", "source '" + source.key() + "': file " + source.file() + " is missing"));
            }
        }
    }

    private void checkTotals(Catalogue cat, String file, List<Measure> measures, List<DataProblem> problems) {
        if (measures.size() != cat.total()) {
            problems.add(new DataProblem(file, "total", "the dashboard says " + cat.total() + " measures, but there are "
                    + measures.size() + " measure files"));
        }
        Map<Status, Long> perStatus = new EnumMap<>(Status.class);
        measures.forEach(m -> perStatus.merge(m.status(), 1L, Long::sum));
        for (Catalogue.StatusEntry s : cat.statuses()) {
            long actual = perStatus.getOrDefault(s.code(), 0L);
            if (actual != s.count()) {
                problems.add(new DataProblem(file, "statuses", "the dashboard says " + s.count() + " measures are " + s.code()
                        + ", but the measure files have " + actual + ": " + idsWith(measures, m -> m.status() == s.code())));
            }
        }
        Map<String, Long> perTheme = new TreeMap<>();
        measures.forEach(m -> perTheme.merge(m.theme(), 1L, Long::sum));
        for (Catalogue.ThemeEntry t : cat.themes()) {
            long actual = perTheme.getOrDefault(t.id(), 0L);
            if (actual != t.count()) {
                problems.add(new DataProblem(file, "themes", "the dashboard says theme " + t.id() + " has " + t.count()
                        + " measures, but the measure files have " + actual));
            }
        }
    }

    private static void checkHistory(String file, Measure measure, List<DataProblem> problems) {
        List<EditionStatus> history = measure.history();
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).edition().compareTo(history.get(i - 1).edition()) <= 0) {
                problems.add(new DataProblem(file, "history[" + i + "].edition", "'" + history.get(i).edition()
                        + "' must come after '" + history.get(i - 1).edition() + "': one entry per edition, oldest first"));
            }
        }
        EditionStatus last = history.getLast();
        if (last.status() != measure.status() || !last.edition().equals(measure.statusDate())) {
            problems.add(new DataProblem(file, "history[" + (history.size() - 1) + "]", "the last entry (" + last.edition()
                    + ", " + last.status() + ") must equal statusDate and status (" + measure.statusDate() + ", "
                    + measure.status() + ")"));
        }
    }

    /** The marker the edition import writes into a new measure's editor fields. */
    public static final String PLACEHOLDER = "TODO";

    // A new measure's stub is valid YAML on purpose, so that the import can read it again; this
    // check is what keeps the service from starting until an editor has written its texts.
    private static void checkNoPlaceholders(String file, Measure m, List<DataProblem> problems) {
        Map<String, List<String>> editorFields = new java.util.LinkedHashMap<>();
        editorFields.put("shortAnswer", List.of(m.shortAnswer()));
        editorFields.put("summary", List.of(m.summary()));
        editorFields.put("forYou", List.of(m.forYou()));
        editorFields.put("keyFacts", m.keyFacts());
        editorFields.put("keywords", m.keywords());
        editorFields.forEach((field, texts) -> {
            if (texts.stream().anyMatch(t -> t.strip().startsWith(PLACEHOLDER))) {
                problems.add(new DataProblem(file, field, "still holds the import's placeholder '" + PLACEHOLDER
                        + "': an editor must write it (see corpus/README.md)"));
            }
        });
    }

    private static List<String> idsWith(List<Measure> measures, java.util.function.Predicate<Measure> p) {
        return measures.stream().filter(p).map(Measure::id).sorted().toList();
    }

    private static void idMatchesFile(String file, String baseName, String id, List<DataProblem> problems) {
        if (!baseName.equals(id)) {
            problems.add(new DataProblem(file, "id", "'" + id + "' must equal the file name '" + baseName + "'"));
        }
    }

    private static void checkLinks(String file, String field, List<String> links, Set<String> known, List<DataProblem> problems) {
        for (String link : links) {
            if (!known.contains(link)) {
                problems.add(new DataProblem(file, field, "no measure with id '" + link + "'"));
            }
        }
    }
}
