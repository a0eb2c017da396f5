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
    void plainAsciiWordsFoldToTheirLowerCaseAsTheNormalizersMakeThem() {
        // fold() lower-cases ASCII letters and digits without the normalizers: what they make of each.
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (Character.isLetterOrDigit(c)) {
                String one = String.valueOf(c);
                assertThat(TextNormalizer.foldCleaned(TextNormalizer.clean(one))).isEqualTo(one.toLowerCase(java.util.Locale.ROOT));
                all.append(c);
            }
        }
        assertThat(TextNormalizer.fold(all.toString())).isEqualTo(TextNormalizer.foldCleaned(TextNormalizer.clean(all.toString())));
        assertThat(TextNormalizer.fold("DigiD2024")).isEqualTo("digid2024");
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

    /** hasWord and hasWordStart say what looking for the phrase with a space before (and after) it says. */
    @Test
    void wordsAreFoundAsTheSpacedPhraseIs() {
        java.util.Random random = new java.util.Random(7);
        String letters = "ab ";
        for (int n = 0; n < 20_000; n++) {
            String padded = randomText(random, letters, 9);
            String word = randomText(random, letters, 3);
            assertThat(TextNormalizer.hasWord(padded, word)).as("[%s] [%s]", padded, word).isEqualTo(padded.contains(" " + word + " "));
            assertThat(TextNormalizer.hasWordStart(padded, word)).as("[%s] [%s]", padded, word).isEqualTo(padded.contains(" " + word));
        }
    }

    private static String randomText(java.util.Random random, String letters, int longest) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(longest + 1); i > 0; i--) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }
}
