package nl.workinnl.assistant.declined;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrubberTest {

    @Test
    void namesAfterTheFivePhrasesAreReplaced() {
        assertThat(Scrubber.scrub("Mijn naam is Jan de Vries, waar kan ik wonen?")).isEqualTo("Mijn naam is [NAME], waar kan ik wonen?");
        assertThat(Scrubber.scrub("Hallo, ik heet Piet. Help")).isEqualTo("Hallo, ik heet [NAME]. Help");
        assertThat(Scrubber.scrub("Nazywam się Anna Nowak i szukam pracy")).isEqualTo("Nazywam się [NAME]");
        assertThat(Scrubber.scrub("mam na imię Kasia. Gdzie DigiD?")).isEqualTo("mam na imię [NAME]. Gdzie DigiD?");
        assertThat(Scrubber.scrub("Mă numesc Ion Popescu. Unde locuiesc?")).isEqualTo("Mă numesc [NAME]. Unde locuiesc?");
        assertThat(Scrubber.scrub("Numele meu este Maria; am o problemă")).isEqualTo("Numele meu este [NAME]; am o problemă");
        assertThat(Scrubber.scrub("Казвам се Иван Петров. Къде да живея?")).isEqualTo("Казвам се [NAME]. Къде да живея?");
        assertThat(Scrubber.scrub("Името ми е Георги, имам въпрос")).isEqualTo("Името ми е [NAME], имам въпрос");
        assertThat(Scrubber.scrub("My name is John Smith. Who pays rent?")).isEqualTo("My name is [NAME]. Who pays rent?");
        assertThat(Scrubber.scrub("I am called Bob, help")).isEqualTo("I am called [NAME], help");
    }

    @Test
    void contactDetailsAndNumbersAreReplaced() {
        assertThat(Scrubber.scrub("Mail jan.kowalski+x@example.co.uk or call +31 6 1234 5678"))
                .isEqualTo("Mail [EMAIL] or call [PHONE]");
        assertThat(Scrubber.scrub("bel 06-12345678 of 020 123 4567")).isEqualTo("bel [PHONE] of [PHONE]");
        assertThat(Scrubber.scrub("see https://example.com/a?b=1 and www.test.nl")).isEqualTo("see [URL] and [URL]");
        assertThat(Scrubber.scrub("IBAN NL91 ABNA 0417 1643 00 please")).isEqualTo("IBAN [IBAN] please");
        assertThat(Scrubber.scrub("iban nl91abna0417164300")).isEqualTo("iban [IBAN]");
        assertThat(Scrubber.scrub("I live at 1234 AB Amsterdam, or 5678cd")).isEqualTo("I live at [POSTCODE] Amsterdam, or [POSTCODE]");
        assertThat(Scrubber.scrub("I pay 750 euro for 2 rooms")).isEqualTo("I pay [NUMBER] euro for [NUMBER] rooms");
    }

    @Test
    void aQuestionWithoutPersonalDataStays() {
        assertThat(Scrubber.scrub("  Kan ik  huurtoeslag krijgen? ")).isEqualTo("Kan ik huurtoeslag krijgen?");
        // "2024 en" is a year and Dutch "and", not a postcode: only the digits go.
        assertThat(Scrubber.scrub("in 2024 en later")).isEqualTo("in [NUMBER] en later");
    }

    @Test
    void longTextIsCut() {
        assertThat(Scrubber.scrub("a ".repeat(2000))).hasSizeLessThanOrEqualTo(Scrubber.MAX_LENGTH);
    }
}
