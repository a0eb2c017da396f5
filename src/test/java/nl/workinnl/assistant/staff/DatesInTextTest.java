package nl.workinnl.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.translation.TranslationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The period a question names, in the five languages, and the date of a key fact's label. */
class DatesInTextTest {

    private static DatesInText dates;

    @BeforeAll
    static void load() {
        dates = new DatesInText(AssistantFixture.vocabulary(TranslationFixture.repositoryTranslations()));
    }

    private static Optional<Period> in(String text, String language) {
        return dates.in(Question.of(text).words(), Language.fromCode(language).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wat staat er gepland in 2026?                        | nl | 2026 | 0 | 0
            Welke maatregelen gaan op 1 januari 2027 in?         | nl | 2027 | 1 | 1
            What is due on the 1st of March 2026?                | en | 2026 | 3 | 1
            What is due on January 1, 2027?                      | en | 2027 | 1 | 1
            What is planned for July 2026?                       | en | 2026 | 7 | 0
            Co wchodzi w życie 1-go stycznia 2027?               | pl | 2027 | 1 | 1
            Jakie środki mają termin w lipcu 2026?               | pl | 2026 | 7 | 0
            Które środki mają 2026 jako termin?                  | pl | 2026 | 0 | 0
            Ce intră în vigoare pe 1 iulie 2026?                 | ro | 2026 | 7 | 1
            Кои мерки влизат в сила на 1-ви март 2026?           | bg | 2026 | 3 | 1
            Какво е планирано за 1 юли 2026 г.?                  | bg | 2026 | 7 | 1
            Which measures have something planned for 31 February 2027? | en | 2027 | 2 | 0
            """)
    void aQuestionNamesAYearAMonthOrADay(String question, String language, int year, int month, int day) {
        // "mają" (they have) folds to "maja" (of May): a month name counts after a day or a preposition only.
        // An impossible day is left out, the month kept.
        assertThat(in(question, language)).as(question).contains(new Period(year, month, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is planned for 2026-2027?", "Which measures are due between 2026 and 2028?",
            "What happens on 01-01-2027?", "What happens on 2027-01-01?", "What is planned for next year?"})
    void twoYearsADateInNumbersOrNoYearIsNoPeriod(String question) {
        assertThat(in(question, "en")).as(question).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 januari 2027: beoogde invoeringsdatum       | 2027 | 2027 | 1 | 1
            2026 t/m 2028: de opvang wordt voortgezet     | 2026 | 2028 | 0 | 0
            2021 tot en met 2023: periode van de regeling | 2021 | 2023 | 0 | 0
            voorjaar 2026: geplande start                 | 2026 | 2026 | 0 | 0
            juni 2025: het portaal is opgeleverd          | 2025 | 2025 | 6 | 0
            """)
    void aKeyFactsLabelNamesItsDate(String fact, int from, int to, int month, int day) {
        assertThat(DatesInText.forLabels().ofLabel(fact)).contains(new Period.FactDate(from, to, month, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15 april: de wet is aangenomen", "€ 12,4 miljoen: structureel vanaf 2026", "vier maanden: daarna een mail",
            "zonder dubbele punt 2026"})
    void aLabelWithoutAYearBeforeItsColonNamesNoDate(String fact) {
        assertThat(DatesInText.forLabels().ofLabel(fact)).isEmpty();
    }
}
