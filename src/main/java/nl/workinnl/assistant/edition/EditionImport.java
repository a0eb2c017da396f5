package nl.workinnl.assistant.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.workinnl.assistant.corpus.Catalogue;
import nl.workinnl.assistant.corpus.CorpusLoader;
import nl.workinnl.assistant.corpus.EditionStatus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.edition.EditionChanges.CountChange;
import nl.workinnl.assistant.edition.EditionChanges.EditorTask;
import nl.workinnl.assistant.edition.EditionChanges.NewMeasure;
import nl.workinnl.assistant.edition.EditionChanges.StatusChange;
import nl.workinnl.assistant.edition.EditionChanges.TextChange;
import nl.workinnl.assistant.edition.EditionChanges.TitleChange;
import nl.workinnl.assistant.edition.EditionChanges.VanishedMeasure;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.SourceFingerprint;

/**
 * Compares a monitoring overview with the corpus and works out every file the import writes or
 * deletes, before any is touched. Only official fields change (status, statusDate, history, title,
 * officialText, the dashboard); everything editors wrote stays as it is, line for line.
 */
final class EditionImport {

    private static final Pattern EDITION = Pattern.compile("20[0-9]{2}-(0[1-9]|1[0-2])");

    record Options(Path document, Path corpusDir, Path translationsDir, Optional<String> edition, boolean removeVanished) {}

    private final Options options;
    private final CorpusFiles corpus;
    private final OverviewDocument document;
    private final String documentText;
    private final String edition;
    private final List<String> notes = new ArrayList<>();
    private final Map<Path, String> writes = new LinkedHashMap<>();
    private final List<Path> deletions = new ArrayList<>();

    private EditionImport(Options options, CorpusFiles corpus, OverviewDocument document, String documentText) {
        this.options = options;
        this.corpus = corpus;
        this.document = document;
        this.documentText = documentText;
        this.edition = edition();
    }

    /** Reads everything and plans the import; throws when the document or the corpus cannot be read fully. */
    static ImportPlan plan(Options options) {
        String text;
        try {
            text = Files.readString(options.document(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportRefusedException("cannot read " + options.document() + ": " + e.getMessage());
        }
        CorpusFiles corpus = CorpusFiles.read(options.corpusDir());
        OverviewDocument document = new OverviewParser(OverviewVocabulary.of(corpus.themes(), corpus.catalogue())).parse(text);
        return new EditionImport(options, corpus, document, text).plan();
    }

    private String edition() {
        Optional<String> stated = document.statedEdition();
        if (options.edition().isPresent()) {
            String given = options.edition().get();
            if (!EDITION.matcher(given).matches()) {
                throw new ImportRefusedException("--edition must be year and month, like 2026-11 (is '" + given + "')");
            }
            stated.filter(s -> !s.equals(given)).ifPresent(s ->
                    notes.add("The document states " + s + "; the edition given with --edition, " + given + ", is used."));
            return given;
        }
        return stated.orElseThrow(() -> new ImportRefusedException(
                "the document states no date (a month and year before its dashboard); give the edition with --edition YYYY-MM"));
    }

    private ImportPlan plan() {
        String previous = corpus.catalogue().statusDate();
        if (edition.compareTo(previous) < 0) {
            throw new ImportRefusedException("the corpus holds edition " + previous + "; edition " + edition + " is older and is not imported");
        }
        corpus.measures().values().forEach(m -> m.history().stream().filter(h -> h.edition().compareTo(edition) > 0).findFirst()
                .ifPresent(h -> {
                    throw new ImportRefusedException("corpus/measures/" + m.id() + ".yaml: field 'history' already holds the later edition "
                            + h.edition() + "; edition " + edition + " is not imported");
                }));
        Map<Status, String> labels = new EnumMap<>(Status.class);
        corpus.catalogue().statuses().forEach(s -> labels.put(s.code(), s.label()));

        List<StatusChange> statusChanges = new ArrayList<>();
        List<TitleChange> titleChanges = new ArrayList<>();
        List<TextChange> textChanges = new ArrayList<>();
        List<NewMeasure> added = new ArrayList<>();
        List<EditorTask> dutch = new ArrayList<>();
        List<EditorTask> translations = new ArrayList<>();
        String sourceKey = sourceKey();

        for (OverviewMeasure om : document.measures()) {
            Measure old = corpus.measures().get(om.id());
            Path file = corpus.measureFile(om.id());
            if (old == null) {
                writes.put(file, MeasureStub.render(om, edition, sourceKey));
                added.add(new NewMeasure(om.id(), om.title(), om.status(), corpusName(file)));
                dutch.add(new EditorTask(corpusName(file), "new measure: write shortAnswer, summary, forYou and keywords (now TODO), "
                        + "keyFacts and related where they apply"));
                for (Language language : translatedLanguages()) {
                    translations.add(new EditorTask(translationName(language, om.id()), "missing: translate the new measure once its Dutch texts are written"));
                }
                continue;
            }
            boolean textChanged = !sameWords(old.officialText(), om.officialText());
            boolean titleChanged = !sameWords(old.title(), om.title());
            if (old.status() != om.status()) {
                statusChanges.add(new StatusChange(om.id(), om.title(), old.status(), om.status()));
            }
            if (titleChanged) {
                titleChanges.add(new TitleChange(om.id(), old.title(), om.title()));
            }
            if (textChanged) {
                textChanges.add(new TextChange(om.id(), om.title(), SentenceDiff.between(old.officialText(), om.officialText())));
            }
            String title = titleChanged ? om.title() : old.title();
            String officialText = textChanged ? om.officialText() : old.officialText();
            List<EditionStatus> history = new ArrayList<>(old.history().stream().filter(h -> !h.edition().equals(edition)).toList());
            history.add(new EditionStatus(edition, om.status()));
            String content = read(file);
            YamlFieldEditor editor = new YamlFieldEditor(content);
            if (old.status() != om.status()) {
                editor.set("status", YamlFieldEditor.plain("status", om.status().name()), "title");
            }
            if (!old.statusDate().equals(edition)) {
                editor.set("statusDate", YamlFieldEditor.scalar("statusDate", edition), "status");
            }
            if (!history.equals(old.history())) {
                editor.set("history", MeasureStub.history(history), "statusDate");
            }
            if (titleChanged) {
                editor.set("title", YamlFieldEditor.scalar("title", title), "number");
            }
            if (textChanged) {
                editor.set("officialText", YamlFieldEditor.literalBlock("officialText", officialText), "forYou");
            }
            String updated = editor.content();
            MeasureStub.verify(corpusName(file), updated, old, om.status(), edition, title, officialText, history);
            if (!updated.equals(content)) {
                writes.put(file, updated);
            }
            if (textChanged || titleChanged) {
                editorTasks(old, title, textChanged, titleChanged, dutch, translations);
            }
        }

        List<VanishedMeasure> vanished = vanished();
        List<CountChange> dashboardChanges = catalogue(vanished, sourceKey);
        copyDocument();
        EditionChanges changes = new EditionChanges(options.document().toString(), edition, previous, List.copyOf(notes), labels,
                statusChanges, titleChanges, textChanges, added, vanished, dashboardChanges,
                DashboardCheck.disagreements(document, labels), dutch, translations);
        return new ImportPlan(changes, writes, deletions, corpus.dir(), options.translationsDir());
    }

    private void editorTasks(Measure old, String newTitle, boolean textChanged, boolean titleChanged,
                             List<EditorTask> dutch, List<EditorTask> translations) {
        String why = textChanged ? "its official text changed" : "its title changed";
        dutch.add(new EditorTask(corpusName(corpus.measureFile(old.id())), why + ": check that shortAnswer, summary, forYou, keyFacts "
                + "and keywords still say what it says"));
        for (Path topic : filesReferring(old.id(), corpus.dir().resolve("topics"))) {
            dutch.add(new EditorTask(corpusName(topic), "about " + old.id() + ", whose " + (textChanged ? "official text" : "title")
                    + " changed: check its text"));
        }
        String newFingerprint = SourceFingerprint.ofMeasure(newTitle, old.shortAnswer(), old.summary(), old.forYou(), old.keyFacts());
        for (Language language : translatedLanguages()) {
            Path file = translationFile(language, old.id());
            String name = translationName(language, old.id());
            if (!Files.exists(file)) {
                translations.add(new EditorTask(name, "missing"));
            } else if (titleChanged) {
                String recorded = recordedSourceHash(file).orElse("none");
                translations.add(new EditorTask(name, "stale now: translated from source " + recorded + ", the Dutch source is now "
                        + newFingerprint + " (the title changed)" + (textChanged ? "; the official text changed too" : "")));
            } else {
                translations.add(new EditorTask(name, "update after the Dutch texts of " + old.id()
                        + " (the official text changed; it becomes stale when they are edited)"));
            }
        }
    }

    private List<VanishedMeasure> vanished() {
        List<String> inDocument = document.measures().stream().map(OverviewMeasure::id).toList();
        List<VanishedMeasure> vanished = new ArrayList<>();
        for (Measure m : corpus.measures().values()) {
            if (inDocument.contains(m.id())) {
                continue;
            }
            List<String> references = new ArrayList<>();
            Stream.of(corpus.dir().resolve("topics"), corpus.dir().resolve("measures"))
                    .flatMap(dir -> filesReferring(m.id(), dir).stream())
                    .filter(f -> !f.equals(corpus.measureFile(m.id())))
                    .forEach(f -> references.add(corpusName(f)));
            Stream.of("not-covered.yaml", "understanding.yaml").map(options.translationsDir()::resolve)
                    .filter(f -> Files.exists(f) && refersTo(read(f), m.id()))
                    .forEach(f -> references.add("translations/" + f.getFileName()));
            if (options.removeVanished()) {
                deletions.add(corpus.measureFile(m.id()));
                translatedLanguages().stream().map(l -> translationFile(l, m.id())).filter(Files::exists).forEach(deletions::add);
            }
            vanished.add(new VanishedMeasure(m.id(), m.title(), m.status(), m.statusDate(), options.removeVanished(), references));
        }
        return vanished;
    }

    /** The dashboard counts the measure files the corpus will hold: the document's, and vanished ones still kept. */
    private List<CountChange> catalogue(List<VanishedMeasure> vanished, String sourceKey) {
        Catalogue cat = corpus.catalogue();
        Map<Status, Integer> perStatus = new EnumMap<>(Status.class);
        Map<String, Integer> perTheme = new TreeMap<>();
        int total = 0;
        for (OverviewMeasure m : document.measures()) {
            perStatus.merge(m.status(), 1, Integer::sum);
            perTheme.merge(m.theme(), 1, Integer::sum);
            total++;
        }
        for (VanishedMeasure v : vanished) {
            if (!v.removed()) {
                Measure m = corpus.measures().get(v.id());
                perStatus.merge(m.status(), 1, Integer::sum);
                perTheme.merge(m.theme(), 1, Integer::sum);
                total++;
            }
        }
        List<CountChange> changes = new ArrayList<>();
        if (total != cat.total()) {
            changes.add(new CountChange("total", cat.total(), total));
        }
        String content = read(corpus.catalogueFile());
        CatalogueEditor editor = new CatalogueEditor(content).statusDate(edition).total(total);
        for (Catalogue.StatusEntry s : cat.statuses()) {
            int count = perStatus.getOrDefault(s.code(), 0);
            if (count != s.count()) {
                changes.add(new CountChange(s.label() + " (" + s.code() + ")", s.count(), count));
            }
            editor.statusCount(s.code(), count);
        }
        for (Catalogue.ThemeEntry t : cat.themes()) {
            int count = perTheme.getOrDefault(t.id(), 0);
            if (count != t.count()) {
                changes.add(new CountChange("theme " + t.id(), t.count(), count));
            }
            editor.themeCount(t.id(), count);
        }
        if (cat.source(sourceKey).isPresent()) {
            editor.source(sourceKey, edition, "sources/" + options.document().getFileName());
        }
        String updated = editor.content();
        if (!updated.equals(content)) {
            writes.put(corpus.catalogueFile(), updated);
        }
        return changes;
    }

    /** The corpus cites the document it was imported from, so it keeps a copy in sources/. */
    private void copyDocument() {
        Path target = corpus.dir().resolve("sources").resolve(options.document().getFileName().toString());
        if (!Files.exists(target) || !read(target).equals(documentText)) {
            if (Files.exists(target)) {
                notes.add("corpus/sources/" + target.getFileName() + " is replaced by the imported document.");
            }
            writes.put(target, documentText);
        }
    }

    private String sourceKey() {
        return corpus.measures().values().stream().map(Measure::source).findFirst().orElse("overview");
    }

    private List<Language> translatedLanguages() {
        return Stream.of(Language.values()).filter(l -> !l.isSource()).toList();
    }

    private Path translationFile(Language language, String id) {
        return options.translationsDir().resolve(language.code()).resolve("measures").resolve(id + ".yaml");
    }

    private static String translationName(Language language, String id) {
        return "translations/" + language.code() + "/measures/" + id + ".yaml";
    }

    private String corpusName(Path file) {
        return "corpus/" + corpus.dir().relativize(file).toString().replace('\\', '/');
    }

    private static Optional<String> recordedSourceHash(Path file) {
        var m = Pattern.compile("(?m)^sourceHash:\\s*\"?([0-9a-f]+)\"?\\s*$").matcher(read(file));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<Path> filesReferring(String id, Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().filter(f -> refersTo(read(f), id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean refersTo(String content, String id) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(content).find();
    }

    /** Layout (line breaks, spaces) is the editor's; only a change of words is a change of the text. */
    static boolean sameWords(String a, String b) {
        return Objects.equals(a.strip().replaceAll("\\s+", " "), b.strip().replaceAll("\\s+", " "));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus checked as the service checks it at start-up, after the import. */
    static List<String> validate(Path corpusDir) {
        var validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        try {
            new CorpusLoader(new nl.workinnl.assistant.corpus.DataFileReader(
                    new org.springframework.core.io.support.PathMatchingResourcePatternResolver(),
                    "file:" + corpusDir.toAbsolutePath() + "/", "corpus", validator)).load();
            return List.of();
        } catch (nl.workinnl.assistant.corpus.InvalidDataException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }
}
