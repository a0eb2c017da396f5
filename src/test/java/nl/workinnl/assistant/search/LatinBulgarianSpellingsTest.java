package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import nl.workinnl.assistant.language.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bulgarian in the Latin letters of chat meets Bulgarian in Cyrillic after BGN romanisation. */
class LatinBulgarianSpellingsTest {

    @ParameterizedTest
    @CsvSource({
            "загубя, zagubq",
            "загубя, zagubia",
            "жилището, jilishteto",
            "жилището, zhilishteto",
            "че, 4e",
            "ще, 6te",
            "ще, shte",
            "работа, rabota",
            "чакам, 4akam",
            "юни, iuni",
    })
    void chatSpellingsMeetTheCyrillicWord(String cyrillic, String typed) {
        String fromCyrillic = LatinBulgarianSpellings.reduce(TextNormalizer.fold(TextNormalizer.bulgarianLatin(cyrillic)));
        assertThat(LatinBulgarianSpellings.reduce(TextNormalizer.fold(typed))).isEqualTo(fromCyrillic);
    }

    @ParameterizedTest
    @CsvSource({"46, 46", "2026, 2026", "y, y"})
    void numbersAndLoneLettersStay(String typed, String expected) {
        assertThat(LatinBulgarianSpellings.reduce(typed)).isEqualTo(expected);
    }
}
