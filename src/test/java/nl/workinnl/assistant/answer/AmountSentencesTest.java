package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The amounts the corpus writes, in the ways its five languages write them. */
class AmountSentencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"niet meer dan 25% van het minimumloon", "€ 12,4 miljoen per jaar", "€10 miljoen extra",
            "6 miljoen euro per jaar", "dodatkowo 10 mln euro", "10 milioane de euro", "6 милиона евро", "10 млн. евро",
            "6 million euros", "40 euro per week", "5.000 euro", "5.000 de euro", "25 de lei"})
    void anAmountIsRecognised(String text) {
        assertThat(AmountSentences.statesAmount(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a 100% digital GP", "from 6 to 17 cities", "in 2026", "48 team members", "within 5 days", "20 de zile", "20 de europeni"})
    void aNumberThatIsNoAmountIsNot(String text) {
        assertThat(AmountSentences.statesAmount(text)).isFalse();
    }
}
