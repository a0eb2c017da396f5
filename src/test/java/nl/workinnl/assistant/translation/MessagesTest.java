package nl.workinnl.assistant.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Interface texts formatted with ICU4J: plurals right for each language, months in the language. */
class MessagesTest {

    private static Messages messages;

    @BeforeAll
    static void load() {
        messages = TranslationFixture.repositoryTranslations().messages();
    }

    private static String measures(Language language, int count) {
        return messages.format(language, "count.measures", Map.of("count", count));
    }

    @Test
    void polishHasThreeFormsOfMeasure() {
        assertThat(measures(Language.PL, 1)).isEqualTo("1 środek");
        assertThat(measures(Language.PL, 2)).isEqualTo("2 środki");
        assertThat(measures(Language.PL, 5)).isEqualTo("5 środków");
        assertThat(measures(Language.PL, 22)).isEqualTo("22 środki");
    }

    @Test
    void romanianSaysDeFromTwenty() {
        assertThat(measures(Language.RO, 1)).isEqualTo("1 măsură");
        assertThat(measures(Language.RO, 2)).isEqualTo("2 măsuri");
        assertThat(measures(Language.RO, 20)).isEqualTo("20 de măsuri");
    }

    @Test
    void bulgarianEnglishAndDutchHaveOneAndOther() {
        assertThat(measures(Language.BG, 1)).isEqualTo("1 мярка");
        assertThat(measures(Language.BG, 5)).isEqualTo("5 мерки");
        assertThat(measures(Language.EN, 1)).isEqualTo("1 measure");
        assertThat(measures(Language.EN, 17)).isEqualTo("17 measures");
        assertThat(measures(Language.NL, 1)).isEqualTo("1 maatregel");
        assertThat(measures(Language.NL, 9)).isEqualTo("9 maatregelen");
    }

    @Test
    void statusDatesAreMonthsInTheLanguage() {
        Map<String, Object> args = Map.of("status", "X", "date", Messages.month("2025-11"));
        assertThat(messages.format(Language.NL, "answer.status", args)).contains("november 2025");
        assertThat(messages.format(Language.EN, "answer.status", args)).contains("November 2025");
        assertThat(messages.format(Language.PL, "answer.status", args)).containsIgnoringCase("listopad").contains("2025");
        assertThat(messages.format(Language.RO, "answer.status", args)).containsIgnoringCase("noiembrie 2025");
        assertThat(messages.format(Language.BG, "answer.status", args)).containsIgnoringCase("ноември 2025");
    }

    @Test
    void statusLabelsAreTranslated() {
        Translations translations = TranslationFixture.repositoryTranslations();
        assertThat(translations.statusLabel(nl.workinnl.assistant.corpus.Status.VERTRAAGD, Language.NL))
                .isEqualTo("In uitvoering, vertraagd");
        assertThat(translations.statusLabel(nl.workinnl.assistant.corpus.Status.VERTRAAGD, Language.EN))
                .isNotEqualTo("In uitvoering, vertraagd");
    }
}
