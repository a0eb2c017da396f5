package nl.workinnl.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One-letter typos in the status words, mended; everything else left as typed. */
class TypoMenderTest {

    private final TypoMender mender = new TypoMender(List.of("afgerond", "opoznion", "vertraag", "ukoncz", "in uitvoering"));

    @Test
    void aMissingLetterASwapOrAWrongOneIsMendedAndTheEndingKept() {
        assertThat(mender.mend("hoeveel zijn niet afgrond?")).isEqualTo("hoeveel zijn niet afgerond?");
        assertThat(mender.mend("ile jest opoznoinych")).isEqualTo("ile jest opoznionych");
        assertThat(mender.mend("welke zijn vertaagd")).isEqualTo("welke zijn vertraagd");
    }

    @Test
    void wordsThatAreRightOrShortOrFarOffStayAsTyped() {
        assertThat(mender.mend("welke zijn afgerond of vertraagd")).isEqualTo("welke zijn afgerond of vertraagd");
        // "ukończ" is too short to mend to: "skończy" (ends) is one edit from it.
        assertThat(mender.mend("jak sie skonczy umowa")).isEqualTo("jak sie skonczy umowa");
        assertThat(mender.mend("afdeling")).isEqualTo("afdeling");
    }
}
