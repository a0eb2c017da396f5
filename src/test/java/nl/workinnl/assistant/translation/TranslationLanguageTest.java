package nl.workinnl.assistant.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.language.Language;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every translated text is in its language: Bulgarian in Cyrillic, the others in Latin letters,
 * Romanian with ș ț (never the cedilla forms), and at least as many of the language's own stop
 * words (Lucene's lists) as of any other language's, so that a text left in Dutch or English is caught.
 */
class TranslationLanguageTest {

    private static Translations translations;
    private static final Map<Language, CharArraySet> STOP = new EnumMap<>(Map.of(
            Language.NL, DutchAnalyzer.getDefaultStopSet(), Language.PL, PolishAnalyzer.getDefaultStopSet(),
            Language.RO, RomanianAnalyzer.getDefaultStopSet(), Language.BG, BulgarianAnalyzer.getDefaultStopSet(),
            Language.EN, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));

    @BeforeAll
    static void load() {
        translations = TranslationFixture.repositoryTranslations();
    }

    record Text(Language language, String where, String text) {}

    private static List<Text> translatedTexts() {
        List<Text> texts = new ArrayList<>();
        for (Language l : Language.values()) {
            if (l.isSource()) {
                continue;
            }
            for (Measure m : translations.corpus().measures()) {
                LocalizedMeasure lm = translations.measure(m, l);
                texts.add(new Text(l, l.code() + "/measures/" + m.id() + ".title", lm.title()));
                texts.add(new Text(l, l.code() + "/measures/" + m.id() + ".shortAnswer", lm.shortAnswer()));
                texts.add(new Text(l, l.code() + "/measures/" + m.id() + ".summary", lm.summary()));
                texts.add(new Text(l, l.code() + "/measures/" + m.id() + ".forYou", lm.forYou()));
            }
            for (Topic t : translations.corpus().topics()) {
                LocalizedTopic lt = translations.topic(t, l);
                texts.add(new Text(l, l.code() + "/topics/" + t.id() + ".shortAnswer", lt.shortAnswer()));
                texts.add(new Text(l, l.code() + "/topics/" + t.id() + ".text", lt.text()));
            }
            for (Theme t : translations.corpus().themes()) {
                texts.add(new Text(l, l.code() + "/themes/" + t.id() + ".summary", translations.theme(t, l).summary()));
            }
            for (String key : List.of("greeting", "help", "fallback.unsure", "fallback.personalHelp", "answer.untranslated")) {
                texts.add(new Text(l, l.code() + "/interface.yaml " + key, translations.messages().text(l, key)));
            }
        }
        return texts;
    }

    @Test
    void bulgarianIsCyrillicAndTheOthersAreLatin() {
        List<String> wrong = new ArrayList<>();
        for (Text t : translatedTexts()) {
            List<String> words = List.of(t.text().split("[^\\p{L}]+")).stream().filter(w -> !w.isEmpty()).toList();
            long cyrillic = words.stream().filter(w -> Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC).count();
            // Official Dutch names (Stichting Normering Flexwonen, Work in NL) stay in Latin letters in Bulgarian.
            boolean ok = t.language() == Language.BG ? cyrillic >= words.size() * 0.4 : cyrillic == 0;
            if (!ok) {
                wrong.add(t.where());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void romanianUsesCommaBelowLetters() {
        assertThat(translatedTexts().stream().filter(t -> t.language() == Language.RO)
                .filter(t -> t.text().matches("(?s).*[şţŞŢ].*")).map(Text::where)).isEmpty();
    }

    @Test
    void noLongerTextHasMoreStopWordsOfAnotherLanguageThanOfItsOwn() {
        List<String> wrong = new ArrayList<>();
        for (Text t : translatedTexts()) {
            String[] words = t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            if (words.length < 8) {
                continue;
            }
            Map<Language, Integer> hits = new EnumMap<>(Language.class);
            for (String w : words) {
                STOP.forEach((l, set) -> {
                    if (set.contains(w)) {
                        hits.merge(l, 1, Integer::sum);
                    }
                });
            }
            int own = hits.getOrDefault(t.language(), 0);
            for (var e : hits.entrySet()) {
                // Short function words are shared ("de" is Dutch and Romanian): a tie is no evidence.
                if (e.getKey() != t.language() && (e.getValue() > own || own == 0)) {
                    wrong.add(t.where() + ": " + hits);
                    break;
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
