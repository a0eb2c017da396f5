package nl.workinnl.assistant.declined;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.Test;

class SealedQuestionTest {

    private static final DeclinedQuestion ASKED = new DeclinedQuestion(LocalDate.of(2026, 12, 6), Language.BG, Channel.API, null, null,
            DeclineReason.NOT_HELPFUL, "Какво е това?\nВтори ред. Номер [NUMBER]");

    private static SealedQuestion under(String secret) {
        return new SealedQuestion(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherReplicaWithTheSharedSecretOpensWhatOneSealed() {
        String sealed = under("shared").seal(ASKED);
        assertThat(sealed).matches("[A-Za-z0-9_-]+").doesNotContain("NUMBER");
        assertThat(under("shared").open(sealed)).contains(ASKED);
    }

    @Test
    void anotherSecretAChangedOrAMadeUpNoteOpensNothing() {
        String sealed = under("shared").seal(ASKED);
        char last = sealed.charAt(sealed.length() - 1);
        assertThat(under("other").open(sealed)).isEmpty();
        assertThat(under("shared").open(sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(under("shared").open("not base64 at all!")).isEmpty();
        assertThat(under("shared").open("")).isEmpty();
    }
}
