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

    private List<String> numbered(String text) {
        return parts.numbered(Question.of(text)).stream().map(n -> n.number() + ":" + n.question().clean()).toList();
    }

    @Test
    void aMessageThatNumbersItsQuestionsIsCutAtEachNumberWhatItTellsBeforeGoingWithTheFirst() {
        assertThat(numbered("Mam trzy pytania: 1. złamałem rękę, czy agencja musi to zgłosić? 2. ile dostanę? (3) czy mogę wrócić?"))
                .containsExactly("1:Mam trzy pytania: złamałem rękę, czy agencja musi to zgłosić?", "2:ile dostanę?", "3:czy mogę wrócić?");
        assertThat(numbered("Two things: 1) rent from my wages, 2) a bad landlord"))
                .containsExactly("1:Two things: rent from my wages,", "2:a bad landlord");
        assertThat(numbered("Ik heb een paar vragen\n1. Mag de huur van mijn loon af?\n2. Waar meld ik een huisbaas?\n3. Hoe krijg ik DigiD?"))
                .hasSize(3);
        assertThat(numbered("Two questions. 1) can the agency take my rent 2) how do I report a bad landlord")).hasSize(2);
    }

    @Test
    void numbersThatCountNothingOrDoNotRiseFromOneNumberNoQuestions() {
        assertThat(numbered("I work 5 days a week and pay 2. Is that normal?")).isEmpty();
        assertThat(numbered("Om 10:30 moet ik weg, 1) mag dat?")).isEmpty();
        assertThat(numbered("2) first 3) second")).isEmpty();
        assertThat(numbered("Ik zoek info over werk-1. Ook over werk-2. Wat is de status?")).isEmpty();
        assertThat(numbered("Week 1: 60 uur gewerkt, week 2: 20 uur. Mag dat?")).isEmpty();
        assertThat(numbered("Huisvesting 1: wat is de status? Huisvesting 2: wat is de status?")).isEmpty();
        assertThat(numbered("Step 1: I came here. Step 2: I got no BSN. What now?")).isEmpty();
        assertThat(numbered("Pytania: 1) 2) czy mogę dostać DigiD?")).isEmpty();
    }

    @Test
    void questionsKeptForALaterTurnAreReadBackWithTheirNumbers() {
        List<QuestionParts.Numbered> asked = parts.numbered(Question.of("1) rent from wages? 2) a bad landlord? 3) a shelter?"));
        String kept = QuestionParts.written(List.of(asked.get(0), asked.get(2)), 3);
        assertThat(kept).isEqualTo("#3 1) rent from wages? 3) a shelter?");
        QuestionParts.Waiting waiting = QuestionParts.waiting(kept);
        assertThat(waiting.questions()).extracting(QuestionParts.Numbered::number).containsExactly(1, 3);
        assertThat(waiting.asked()).isEqualTo(3);
        assertThat(waiting.without(waiting.questions().getFirst())).isEqualTo("#3 3) a shelter?");
        assertThat(QuestionParts.waiting("And how much holiday pay do I get? 2) no").isEmpty()).isTrue();
        assertThat(QuestionParts.waiting("").isEmpty()).isTrue();
    }

    @Test
    void eachWaitingQuestionIsKeptShortenedSoThatAllAreKept() {
        String longQuestion = "Mijn uitzendbureau houdt elke week huur in van mijn loon en ik weet niet of dat mag, want ik heb nooit een apart huurcontract gekregen?";
        List<QuestionParts.Numbered> asked = parts.numbered(Question.of("1) " + longQuestion + " 2) " + longQuestion + " 3) " + longQuestion));
        String kept = QuestionParts.written(asked.subList(1, 3), 3);
        assertThat(kept.length()).isLessThanOrEqualTo(290);
        assertThat(QuestionParts.waiting(kept).questions()).extracting(QuestionParts.Numbered::number).containsExactly(2, 3);
        // Read back and kept again, it stays the same.
        QuestionParts.Waiting waiting = QuestionParts.waiting(kept);
        assertThat(QuestionParts.written(waiting.questions(), 3)).isEqualTo(kept);
        List<QuestionParts.Numbered> five = parts.numbered(Question.of(("1) " + longQuestion + " 2) " + longQuestion + " 3) " + longQuestion
                + " 4) " + longQuestion + " 5) " + longQuestion)));
        String keptFive = QuestionParts.written(five.subList(1, 5), 5);
        assertThat(keptFive.length()).isLessThanOrEqualTo(290);
        assertThat(QuestionParts.waiting(keptFive).questions()).extracting(QuestionParts.Numbered::number).containsExactly(2, 3, 4, 5);
    }
}
