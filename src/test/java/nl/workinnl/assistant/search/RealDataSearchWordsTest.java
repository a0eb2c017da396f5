package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With the repository's understanding.yaml: which words of a message the search uses at all. */
class RealDataSearchWordsTest {

    private static MeasureSearch search;

    @BeforeAll
    static void load() {
        search = AssistantFixture.search();
    }

    @AfterAll
    static void close() {
        search.close();
    }

    /** Who asks, one person or several ("we", "our"), says nothing of what is asked, in any language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wij ons onze we            | nl
            my nas nasz naszej         | pl
            noi nostru noastră         | ro
            ние нас наш нашите         | bg
            we us our ours             | en
            """)
    void theAskersWordsAreNoWordsOfTheSubject(String words, String language) {
        assertThat(search.words(Question.of(words), Language.fromCode(language).orElseThrow()).count()).as(words).isZero();
    }

    /** A greeting says nothing of what is asked: "Здравейте" must not count as "здраве" (health). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hallo hoi goedemorgen      | nl
            cześć witam                | pl
            salut bună                 | ro
            здравейте здрасти zdraveite | bg
            hello hi                   | en
            """)
    void aGreetingIsNoWordOfTheSubject(String words, String language) {
        assertThat(search.words(Question.of(words), Language.fromCode(language).orElseThrow()).count()).as(words).isZero();
    }
}
