package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message quotes, left out for telling the language of the question around it. */
class QuotationsTest {

    @Test
    void aPastedTextInAnyQuotationMarksIsLeftOut() {
        assertThat(Quotations.without("Dostałem maila: 'U staat ingeschreven als niet-ingezetene.' O co chodzi?").trim())
                .isEqualTo("Dostałem maila:   O co chodzi?");
        assertThat(Quotations.without("Шефът ми прати това: „Morgen geen werk meer voor jou.“ Какво значи?"))
                .doesNotContain("Morgen");
        assertThat(Quotations.without("He wrote \"Je bent 3x te laat geweest\" - can they?")).doesNotContain("laat");
        assertThat(Quotations.without("Scrie: «Huur wordt ingehouden op het loon» e legal?")).doesNotContain("Huur");
    }

    @Test
    void apostrophesAndShortQuotedWordsStay() {
        String text = "We slapen met z'n zessen op één kamer, it's the 'RNI' they said, don't they?";
        assertThat(Quotations.without(text)).isEqualTo(text);
    }
}
