package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a message is cut into the questions it asks, with phrases made for this test. */
class QuestionPartsTest {

    private final QuestionParts parts = new QuestionParts(Map.of(
            "en", List.of("and how", "and what"),
            "nl", List.of("en hoeveel"),
            "bg", List.of("и колко")),
            Map.of("en", List.of("two things")),
            Map.of("en", List.of("and")));

    private List<String> of(String text, Language language) {
        return parts.of(Question.of(text), language).stream().map(Question::clean).toList();
    }

    @Test
    void aMessageThatAsksOneThingIsOnePart() {
        assertThat(of("Can my employer take the rent from my wages?", Language.EN))
                .containsExactly("Can my employer take the rent from my wages?");
    }

    @Test
    void eachQuestionMarkEndsAQuestionAndWhatIsToldBeforeBelongsToIt() {
        assertThat(of("I work in a greenhouse. Can they take the rent from my wages? And where do I learn Dutch?", Language.EN))
                .containsExactly("I work in a greenhouse. Can they take the rent from my wages?", "And where do I learn Dutch?");
    }

    @Test
    void aPhraseThatBeginsAnotherQuestionCutsTheSentence() {
        assertThat(of("Mag hij de huur van mijn loon afhouden, en hoeveel vakantiegeld krijg ik?", Language.NL))
                .containsExactly("Mag hij de huur van mijn loon afhouden,", "en hoeveel vakantiegeld krijg ik?");
    }

    @Test
    void theLanguagesOwnPhrasesOnlyAndBulgarianAlsoInLatinLetters() {
        assertThat(of("Mag hij de huur afhouden, and how much holiday pay do I get?", Language.NL)).hasSize(1);
        assertThat(of("kolko vreme sam osiguren i kolko struva zastrahovka za kola?", Language.BG))
                .containsExactly("kolko vreme sam osiguren", "i kolko struva zastrahovka za kola?");
    }

    @Test
    void aPartOfTooFewWordsStaysWithItsNeighbour() {
        assertThat(of("Two things: can they take the rent from my wages? And how?", Language.EN))
                .containsExactly("Two things: can they take the rent from my wages? And how?");
        assertThat(of("And what? Can they take the rent from my wages?", Language.EN))
                .containsExactly("And what? Can they take the rent from my wages?");
    }

    @Test
    void whatFollowsTheLastQuestionBelongsToIt() {
        assertThat(of("Can they take the rent from my wages? Where do I learn Dutch? Kind regards, Anna Nowak", Language.EN))
                .containsExactly("Can they take the rent from my wages?", "Where do I learn Dutch? Kind regards, Anna Nowak");
    }

    @Test
    void announcedQuestionsToldAsStatementsAreCutAtAPlainAnd() {
        assertThat(of("Two things: I look for a Dutch course and I want to change my driving licence.", Language.EN))
                .containsExactly("Two things: I look for a Dutch course", "and I want to change my driving licence.");
        assertThat(of("I look for a Dutch course and I want to change my driving licence.", Language.EN)).hasSize(1);
    }
}
