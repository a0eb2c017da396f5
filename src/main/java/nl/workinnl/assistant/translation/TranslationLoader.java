package nl.workinnl.assistant.translation;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.language.Language;

/**
 * Reads {@code translations/}. Mistakes in a file (broken YAML, unknown ids, placeholders that differ
 * from the Dutch, missing plural forms) stop the start-up; missing and stale translations do not:
 * they are listed as {@link TranslationIssue}s and the Dutch text stands in for them.
 */
public final class TranslationLoader {

    private final DataFileReader reader;
    private final Corpus corpus;

    public TranslationLoader(DataFileReader reader, Corpus corpus) {
        this.reader = reader;
        this.corpus = corpus;
    }

    public Translations load() {
        List<DataProblem> problems = new ArrayList<>();
        List<TranslationIssue> issues = new ArrayList<>();
        Set<String> stale = new HashSet<>();
        Map<Language, Map<String, MessageFormat>> formats = new EnumMap<>(Language.class);
        Map<Language, Map<String, MeasureTranslation>> measures = new EnumMap<>(Language.class);
        Map<Language, Map<String, ThemeTranslation>> themes = new EnumMap<>(Language.class);
        Map<Language, Map<String, TopicTranslation>> topics = new EnumMap<>(Language.class);

        Map<String, String> dutch = reader.readOne("nl/interface.yaml", InterfaceFile.class, problems)
                .map(r -> r.value().messages()).orElse(Map.of());
        formats.put(Language.NL, compileAll(reader.displayName("nl/interface.yaml"), dutch, Language.NL, problems));

        for (Language language : Language.values()) {
            if (language.isSource()) {
                continue;
            }
            measures.put(language, readItems(language, "measures", MeasureTranslation.class, MeasureTranslation::id,
                    MeasureTranslation::sourceHash, corpus.measures(), Measure::id, MeasureTranslation::fingerprint,
                    problems, issues, stale));
            measures.get(language).values().forEach(t -> corpus.measure(t.id()).ifPresent(m -> {
                if (!t.keyFacts().isEmpty() && t.keyFacts().size() != m.keyFacts().size()) {
                    problems.add(new DataProblem(file(language, "measures", t.id()), "keyFacts", "has " + t.keyFacts().size()
                            + " lines, the Dutch source has " + m.keyFacts().size()));
                }
            }));
            themes.put(language, readItems(language, "themes", ThemeTranslation.class, ThemeTranslation::id,
                    ThemeTranslation::sourceHash, corpus.themes(), Theme::id, ThemeTranslation::fingerprint,
                    problems, issues, stale));
            topics.put(language, readItems(language, "topics", TopicTranslation.class, TopicTranslation::id,
                    TopicTranslation::sourceHash, corpus.topics(), Topic::id, TopicTranslation::fingerprint,
                    problems, issues, stale));
            formats.put(language, readInterface(language, dutch, problems, issues));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new Translations(corpus, new Messages(formats), measures, themes, topics, issues, stale);
    }

    private String file(Language language, String kind, String id) {
        return reader.displayName(language.code() + "/" + kind + "/" + id + ".yaml");
    }

    private <T, S> Map<String, T> readItems(Language language, String kind, Class<T> type, Function<T, String> id,
                                            Function<T, String> hash, List<S> sources, Function<S, String> sourceId,
                                            Function<S, String> fingerprint, List<DataProblem> problems,
                                            List<TranslationIssue> issues, Set<String> stale) {
        Map<String, S> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(sourceId.apply(s), s));
        Map<String, T> result = new LinkedHashMap<>();
        String folder = language.code() + "/" + kind;
        for (var read : reader.readAll(folder, type, problems)) {
            T t = read.value();
            String itemId = id.apply(t);
            if (!read.baseName().equals(itemId)) {
                problems.add(new DataProblem(read.file(), "id", "'" + itemId + "' must equal the file name '" + read.baseName() + "'"));
                continue;
            }
            S source = byId.get(itemId);
            if (source == null) {
                problems.add(new DataProblem(read.file(), "id", "there is no " + kind + " '" + itemId + "' in the corpus"));
                continue;
            }
            result.put(itemId, t);
            String expected = fingerprint.apply(source);
            String actual = hash.apply(t);
            if (!expected.equals(actual)) {
                stale.add(Translations.key(language, kind, itemId));
                issues.add(new TranslationIssue(language, read.file(), TranslationIssue.Kind.STALE, actual == null
                        ? "no sourceHash; the Dutch source is now " + expected
                        : "translated from source " + actual + ", the Dutch source is now " + expected));
            }
        }
        byId.keySet().stream().filter(k -> !result.containsKey(k)).forEach(k ->
                issues.add(new TranslationIssue(language, file(language, kind, k), TranslationIssue.Kind.MISSING, null)));
        return result;
    }

    private Map<String, MessageFormat> readInterface(Language language, Map<String, String> dutch,
                                                     List<DataProblem> problems, List<TranslationIssue> issues) {
        String path = language.code() + "/interface.yaml";
        String file = reader.displayName(path);
        if (!reader.exists(path)) {
            issues.add(new TranslationIssue(language, file, TranslationIssue.Kind.MISSING, "all interface texts"));
            return Map.of();
        }
        var read = reader.readOne(path, InterfaceFile.class, problems);
        if (read.isEmpty()) {
            return Map.of();
        }
        InterfaceFile texts = read.get().value();
        Map<String, String> usable = new LinkedHashMap<>();
        texts.messages().forEach((key, text) -> {
            String source = dutch.get(key);
            if (source == null) {
                problems.add(new DataProblem(file, "messages." + key, "there is no such text in " + reader.displayName("nl/interface.yaml")));
                return;
            }
            String expected = SourceFingerprint.of(List.of(source));
            String actual = texts.sourceHashes().get(key);
            if (!Objects.equals(expected, actual)) {
                issues.add(new TranslationIssue(language, file, TranslationIssue.Kind.STALE, "messages." + key + ": "
                        + (actual == null ? "no sourceHash" : "translated from source " + actual) + ", the Dutch source is now " + expected));
                return;
            }
            usable.put(key, text);
        });
        dutch.keySet().stream().filter(k -> !texts.messages().containsKey(k)).forEach(k ->
                issues.add(new TranslationIssue(language, file, TranslationIssue.Kind.MISSING, "messages." + k)));
        Map<String, MessageFormat> compiled = compileAll(file, usable, language, problems);
        usable.forEach((key, text) -> {
            Set<String> expectedArgs = MessageChecks.argumentNames(dutch.get(key));
            if (compiled.containsKey(key) && !MessageChecks.argumentNames(text).equals(expectedArgs)) {
                problems.add(new DataProblem(file, "messages." + key, "placeholders " + MessageChecks.argumentNames(text)
                        + " differ from the Dutch " + expectedArgs));
            }
        });
        return compiled;
    }

    private static Map<String, MessageFormat> compileAll(String file, Map<String, String> texts, Language language,
                                                         List<DataProblem> problems) {
        Map<String, MessageFormat> compiled = new LinkedHashMap<>();
        texts.forEach((key, text) -> {
            try {
                List<String> missingPlurals = MessageChecks.missingPluralCategories(text, language);
                if (!missingPlurals.isEmpty()) {
                    problems.add(new DataProblem(file, "messages." + key, "a plural lacks the " + language.code()
                            + " categories " + missingPlurals));
                    return;
                }
                compiled.put(key, Messages.compile(text, language));
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(file, "messages." + key, "not a valid ICU message: " + e.getMessage()));
            }
        });
        return compiled;
    }
}
