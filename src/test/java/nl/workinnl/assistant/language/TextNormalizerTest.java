package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsCaseAndDiacriticsAsPeopleTypeOnPhones() {
        assertThat(TextNormalizer.fold("Założyć")).isEqualTo("zalozyc");
        assertThat(TextNormalizer.fold("Sănătate ȘI țară")).isEqualTo("sanatate si tara");
        assertThat(TextNormalizer.fold("geïnformeerd")).isEqualTo("geinformeerd");
    }

    @Test
    void romanianCedillaLettersAreTheCommaBelowOnes() {
        assertThat(TextNormalizer.clean("aşa ţară")).isEqualTo("așa țară");
        assertThat(TextNormalizer.fold("aşa")).isEqualTo(TextNormalizer.fold("așa"));
    }

    @Test
    void zeroWidthAndControlCharactersAreRemovedAndSpacesCollapsed() {
        assertThat(TextNormalizer.clean("Digi\u200BD\u0000 \t\n  aan\u200Dvragen\uFEFF")).isEqualTo("DigiD aanvragen");
        assertThat(TextNormalizer.clean("  ")).isEmpty();
        assertThat(TextNormalizer.clean(null)).isEmpty();
    }

    @Test
    void emojiSeparateWordsAsSpacesDo() {
        assertThat(TextNormalizer.clean("cazare 😡")).isEqualTo("cazare");
        assertThat(TextNormalizer.clean("pogoda🌧️na weekend? 👍🏽")).isEqualTo("pogoda na weekend?");
        assertThat(TextNormalizer.clean("HUUR?!! €300")).isEqualTo("HUUR?!! €300");
        // Pictographs alone are still the message.
        assertThat(TextNormalizer.clean("👍")).isEqualTo("👍");
        assertThat(TextNormalizer.clean("🏠 💶")).isEqualTo("🏠 💶");
    }

    @Test
    void compatibilityFormsAreNormalised() {
        assertThat(TextNormalizer.clean("ｆｕｌｌ ﬁle")).isEqualTo("full file");
    }

    @Test
    void bulgarianCanBeWrittenInLatinLetters() {
        assertThat(TextNormalizer.bulgarianLatin("квартира заплата работа")).isEqualTo("kvartira zaplata rabota");
        assertThat(TextNormalizer.hasCyrillic("kvartira")).isFalse();
        assertThat(TextNormalizer.hasCyrillic("Как да")).isTrue();
    }
}
