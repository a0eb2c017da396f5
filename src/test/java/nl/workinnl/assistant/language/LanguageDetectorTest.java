package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The detector on texts made for it: letters alone say little about a short message, a word of one language's own says it. */
class LanguageDetectorTest {

    /** Texts whose letters have nothing in common with the messages below, so that only the words can decide. */
    private static final Map<Language, List<String>> TEXTS = Map.of(
            Language.NL, List.of("aaa"), Language.PL, List.of("aaa"), Language.RO, List.of("aaa"),
            Language.BG, List.of("aaa"), Language.EN, List.of("aaa"));

    @Test
    void aWordOnlyOneLanguagesVocabularyHoldsDecidesAShortMessage() {
        var detector = new LanguageDetector(TEXTS, Map.of(Language.RO, List.of("zbor ieftin"), Language.PL, List.of("pogoda")), List.of());
        assertThat(detector.detect(Question.of("zbor Cluj"), Optional.empty()).language()).isEqualTo(Language.RO);
        assertThat(detector.detect(Question.of("pogoda weekend"), Optional.empty()).language()).isEqualTo(Language.PL);
    }

    @Test
    void aWordOfSeveralLanguagesDecidesNothing() {
        // "zbor" is in two vocabularies: only "ieftin" counts.
        var detector = new LanguageDetector(TEXTS, Map.of(Language.RO, List.of("zbor"), Language.PL, List.of("zbor"),
                Language.EN, List.of("ieftin")), List.of());
        assertThat(detector.detect(Question.of("zbor ieftin"), Optional.empty()).language()).isEqualTo(Language.EN);
    }

    @Test
    void theLanguageChosenStillDecidesTwoWords() {
        var detector = new LanguageDetector(TEXTS, Map.of(Language.RO, List.of("zbor ieftin")), List.of());
        assertThat(detector.detect(Question.of("zbor ieftin"), Optional.of(Language.PL)).language()).isEqualTo(Language.PL);
    }

    /** Only Bulgarian is written in Cyrillic: the Dutch terms beside it do not make the message Dutch. */
    @Test
    void aThirdOfTheLettersInCyrillicIsBulgarian() {
        var detector = new LanguageDetector(Map.of(Language.NL, List.of("inschrijving in de gemeente"), Language.BG, List.of("след")));
        assertThat(detector.detect(Question.of("след 4 месеца трябва ли inschrijving в gemeente?"), Optional.empty()).language())
                .isEqualTo(Language.BG);
    }

    /** A long Dutch name may have more letters than the Bulgarian words around it: a third of the words decides too. */
    @Test
    void aThirdOfTheWordsInCyrillicIsBulgarian() {
        var detector = new LanguageDetector(Map.of(Language.NL, List.of("nederlandse autoriteit uitleenmarkt"), Language.BG, List.of("роля")));
        assertThat(detector.detect(Question.of("Каква роля ще има Nederlandse Autoriteit Uitleenmarkt (NAU)?"), Optional.empty()).language())
                .isEqualTo(Language.BG);
        assertThat(detector.detect(Question.of("Is the Nederlandse Autoriteit Uitleenmarkt the same as the агенция?"), Optional.empty()).language())
                .isNotEqualTo(Language.BG);
    }

    /** A Dutch term beside a word of another language's own is borrowed; alone, it is Dutch. */
    @Test
    void aDutchTermCountsForDutchOnlyWithoutAnotherLanguagesOwnWord() {
        var detector = new LanguageDetector(TEXTS, Map.of(Language.PL, List.of("czy")), List.of("ontslag uitkering"));
        assertThat(detector.detect(Question.of("czy ontslag"), Optional.empty()).language()).isEqualTo(Language.PL);
        assertThat(detector.detect(Question.of("uitkering ontslag"), Optional.empty()).language()).isEqualTo(Language.NL);
    }
}
