package nl.workinnl.assistant.translation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus and interface in every language. Asking for an item in a language where its
 * translation is missing or stale gives the Dutch text, marked as not translated, and logs it once.
 */
public final class Translations {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Corpus corpus;
    private final Messages messages;
    private final Map<Language, Map<String, MeasureTranslation>> measures;
    private final Map<Language, Map<String, ThemeTranslation>> themes;
    private final Map<Language, Map<String, TopicTranslation>> topics;
    private final List<TranslationIssue> issues;
    private final Set<String> stale;
    private final Set<String> loggedFallbacks = ConcurrentHashMap.newKeySet();

    Translations(Corpus corpus, Messages messages,
                 Map<Language, Map<String, MeasureTranslation>> measures,
                 Map<Language, Map<String, ThemeTranslation>> themes,
                 Map<Language, Map<String, TopicTranslation>> topics,
                 List<TranslationIssue> issues, Set<String> stale) {
        this.corpus = corpus;
        this.messages = messages;
        this.measures = new EnumMap<>(measures);
        this.themes = new EnumMap<>(themes);
        this.topics = new EnumMap<>(topics);
        this.issues = List.copyOf(issues);
        this.stale = Set.copyOf(stale);
    }

    static String key(Language language, String kind, String id) {
        return language.code() + "/" + kind + "/" + id;
    }

    public Corpus corpus() {
        return corpus;
    }

    public Messages messages() {
        return messages;
    }

    /** Translations that are missing or stale; the service replaces each by the Dutch text. */
    public List<TranslationIssue> issues() {
        return issues;
    }

    public String statusLabel(Status status, Language language) {
        return messages.text(language, "status." + status.name());
    }

    public LocalizedMeasure measure(Measure m, Language language) {
        String label = statusLabel(m.status(), language);
        MeasureTranslation t = language.isSource() ? null : usable(measures, language, m.id(), "measures");
        if (t == null) {
            return new LocalizedMeasure(m, language, language.isSource(), m.title(), m.shortAnswer(), m.summary(), m.forYou(),
                    m.keyFacts(), m.keywords(), label);
        }
        return new LocalizedMeasure(m, language, true, t.title(), t.shortAnswer(), t.summary(), t.forYou(), t.keyFacts(), t.keywords(), label);
    }

    public LocalizedTheme theme(Theme theme, Language language) {
        ThemeTranslation t = language.isSource() ? null : usable(themes, language, theme.id(), "themes");
        return t == null
                ? new LocalizedTheme(theme, language, language.isSource(), theme.name(), theme.summary(), theme.keywords())
                : new LocalizedTheme(theme, language, true, t.name(), t.summary(), t.keywords());
    }

    public LocalizedTopic topic(Topic topic, Language language) {
        TopicTranslation t = language.isSource() ? null : usable(topics, language, topic.id(), "topics");
        return t == null
                ? new LocalizedTopic(topic, language, language.isSource(), topic.title(), topic.shortAnswer(), topic.text(), topic.keywords())
                : new LocalizedTopic(topic, language, true, t.title(), t.shortAnswer(), t.text(), t.keywords());
    }

    /**
     * Keywords people of a language use for a measure; empty where the translation is missing. Stale
     * translations still give their keywords: they state no facts, and finding the measure matters.
     */
    public List<String> measureKeywords(Measure m, Language language) {
        if (language.isSource()) {
            return m.keywords();
        }
        MeasureTranslation t = measures.getOrDefault(language, Map.of()).get(m.id());
        return t == null ? List.of() : t.keywords();
    }

    /**
     * Every text the assistant has in each language (titles, summaries, topics, keywords, interface
     * texts): what the language detector learns the languages from.
     */
    public Map<Language, List<String>> textsByLanguage() {
        Map<Language, List<String>> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<String> list = new java.util.ArrayList<>();
            for (Measure m : corpus.measures()) {
                LocalizedMeasure lm = measure(m, l);
                if (lm.translated() || l.isSource()) {
                    list.add(lm.title());
                    list.add(lm.shortAnswer());
                    list.add(lm.summary());
                    list.add(lm.forYou());
                }
                list.addAll(measureKeywords(m, l));
            }
            for (Topic t : corpus.topics()) {
                LocalizedTopic lt = topic(t, l);
                if (lt.translated()) {
                    list.add(lt.title());
                    list.add(lt.text());
                    list.addAll(lt.keywords());
                }
            }
            for (Theme t : corpus.themes()) {
                LocalizedTheme lt = theme(t, l);
                if (lt.translated()) {
                    list.add(lt.name());
                    list.add(lt.summary());
                }
            }
            list.addAll(messages.ownTexts(l));
            texts.put(l, list);
        }
        return texts;
    }

    private <T> T usable(Map<Language, Map<String, T>> all, Language language, String id, String kind) {
        String key = key(language, kind, id);
        T t = stale.contains(key) ? null : all.getOrDefault(language, Map.of()).get(id);
        if (t == null && loggedFallbacks.add(key)) {
            log.warn("No usable translation of {}/{} in {}; answering with the Dutch text", kind, id, language.code());
        }
        return t;
    }
}
