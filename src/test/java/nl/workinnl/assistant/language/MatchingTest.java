package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import nl.workinnl.assistant.language.Vocabulary.Matching;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private static String padded(String text) {
        return " " + text + " ";
    }

    @Test
    void spreadFindsThePhraseWithAFewWordsBetween() {
        assertThat(Matching.SPREAD.matches(padded("a ile teraz wynosi minimalna stawka"), "ile wynosi")).isTrue();
        assertThat(Matching.SPREAD.matches(padded("what is the actual minimum hourly wage"), "what is the minimum wage")).isTrue();
    }

    @Test
    void spreadKeepsTheOrderAndAtMostTwoWordsBetween() {
        assertThat(Matching.SPREAD.matches(padded("wynosi ile"), "ile wynosi")).isFalse();
        assertThat(Matching.SPREAD.matches(padded("ile to w sumie dni wynosi"), "ile wynosi")).isFalse();
    }

    @Test
    void spreadReadsEachWordAsABeginning() {
        assertThat(Matching.SPREAD.matches(padded("how much do i earn"), "how much do i earn")).isTrue();
        assertThat(Matching.SPREAD.matches(padded("hoeveel verdienen we"), "hoeveel verdien")).isTrue();
        assertThat(Matching.SPREAD.matches(padded("somehow much"), "how much")).isFalse();
    }

    @Test
    void anyOfSeveralSpreadPhrasesAsEachAlone() {
        String message = padded("a ile teraz wynosi minimalna stawka");
        java.util.List<String> phrases = java.util.List.of(" ile  wynosi ", "wynosi ile", "ile", "minimum wage", "  ", "stawk");
        for (String phrase : phrases) {
            assertThat(Matching.SPREAD.matchesAny(message, java.util.List.of(phrase))).as(phrase)
                    .isEqualTo(!phrase.isBlank() && Matching.SPREAD.matches(message, phrase));
        }
        assertThat(Matching.SPREAD.matchesAny(message, java.util.List.of("minimum wage", "wynosi ile"))).isFalse();
        assertThat(Matching.SPREAD.matchesAny(message, java.util.List.of("minimum wage", " ile  wynosi "))).isTrue();
    }
}
