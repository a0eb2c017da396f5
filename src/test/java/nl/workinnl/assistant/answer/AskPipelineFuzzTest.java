package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import nl.workinnl.assistant.language.Language;

/**
 * Property-based fuzzing of the whole ask pipeline (normalisation, language detection, small talk,
 * staff parsing, Lucene search, answer assembly) on random and hostile input: it never throws,
 * always answers in one of the five languages, and never cites without answering.
 */
class AskPipelineFuzzTest {

    private final Assistant assistant = AssistantFixture.assistant();

    private static final List<String> HOSTILE = List.of("*:*", "title:*", "\"", "(", ")", "[", "]", "{", "}", "AND", "OR",
            "NOT", "~", "^", "\\", "/", "&&", "||", "!", "?", "*", ":", "\u0000", "\u200b", "\u202e", "\ufeff", "\ud83d\ude00",
            "ş", "ţ", "ą", "я", "DigiD", "huur", "kvartira", "вие", "%s", "{0}", "'", "#", "<script>", "\r\n", "\t");

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(300);
        Arbitrary<String> pieces = Arbitraries.of(HOSTILE).list().ofMinSize(1).ofMaxSize(40)
                .map(list -> String.join(" ", list));
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars("ąęłśżșțăâîабвгдежзийклмнопрстуфхцчшщъюя ")
                .ofMinLength(1).ofMaxLength(2000);
        Arbitrary<String> mixed = Combinators.combine(anyUnicode, pieces, words).as((a, b, c) -> a + b + c)
                .map(s -> s.length() > 2000 ? s.substring(0, 2000) : s);
        return Arbitraries.oneOf(anyUnicode, pieces, words, mixed);
    }

    @Property(tries = 400)
    void neverFailsAndKeepsItsPromises(@ForAll("hostileText") String text, @ForAll Optional<Language> hint) {
        Answer answer = assistant.ask(text, hint);
        assertThat(answer.language()).isNotNull();
        assertThat(answer.text()).isNotBlank();
        if (!answer.answered()) {
            assertThat(answer.citations()).isEmpty();
        } else {
            assertThat(answer.citations()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.statusDate()).matches("\\d{4}-\\d{2}"));
        }
    }
}
