package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dictated abbreviations read as written, with forms made for this test. */
class SpokenFormsTest {

    private final SpokenForms forms = new SpokenForms(Map.of(
            "DigiD", Map.of("nl", List.of("die gie die"), "en", List.of("dig id")),
            "RNI", Map.of("bg", List.of("ер ен и"), "en", List.of("are and eye"))));

    private String written(String text) {
        return forms.written(Question.of(text)).clean();
    }

    @Test
    void aSpokenFormIsReadAsTheAbbreviationInAnyLanguagesMessage() {
        assertThat(written("hoe vraag ik een Die Gie Die aan")).isEqualTo("hoe vraag ik een DigiD aan");
        assertThat(written("czy mogę dostać die gie die?")).isEqualTo("czy mogę dostać DigiD?");
        assertThat(written("how do I get a dig ID, I'm only at the are and eye desk"))
                .isEqualTo("how do I get a DigiD, I'm only at the RNI desk");
    }

    @Test
    void bulgarianFormsAlsoInLatinLetters() {
        assertThat(written("zapisan sum v er en i")).isEqualTo("zapisan sum v RNI");
        assertThat(written("записан съм в ер ен и")).isEqualTo("записан съм в RNI");
    }

    @Test
    void onlyTheWholeFormInARow() {
        Question question = Question.of("I dig the id card and are you there");
        assertThat(forms.written(question)).isSameAs(question);
        assertThat(written("are and the eye")).isEqualTo("are and the eye");
    }
}
