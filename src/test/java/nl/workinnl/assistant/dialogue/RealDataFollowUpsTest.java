package nl.workinnl.assistant.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.translation.TranslationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the words of the repository's {@code understanding.yaml} read a message that goes back, adds a
 * condition or names an earlier question (a check of the real data: the words are data).
 */
class RealDataFollowUpsTest {

    private static FollowUps followUps;

    @BeforeAll
    static void load() {
        followUps = new FollowUps(AssistantFixture.vocabulary(TranslationFixture.repositoryTranslations()));
    }

    private static String rest(String text, Language language) {
        return followUps.returnsTo(Question.of(text), language).map(Question::clean).orElse(null);
    }

    @Test
    void whatFollowsGoingBackIsTheRestOfThatSentenceAndAfter() {
        assertThat(rest("Haha sorry. Maar even terug: hoe ver is die wet nu?", Language.NL)).isEqualTo("hoe ver is die wet nu?");
        assertThat(rest("A wracając do mieszkania – kiedy to się zmieni? I czy to pewne?", Language.PL))
                .isEqualTo("mieszkania – kiedy to się zmieni? I czy to pewne?");
    }

    @Test
    void goingBackSeveralTimesInARowIsCutAtOnce() {
        assertThat(rest("Back to back to back to the rent: when?", Language.EN)).isEqualTo("the rent: when?");
    }

    @Test
    void theCutIsInTheSentenceThatGoesBackNotWhereItsWordsFirstStand() {
        assertThat(rest("Dat is een stap terug naar de huur. terug naar de huur", Language.NL)).isEqualTo("de huur");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I want to go back to Romania next month, can I keep my insurance? | en
            Ik ga terug naar de kamer van mijn vriend, mag dat?                | nl
            Is het goed dat ik terug naar Polen ga?                            | nl
            """)
    void goingHomeIsNotGoingBackInTheConversation(String text, String code) {
        assertThat(rest(text, Language.fromCode(code).orElseThrow())).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            and if my contract is only for a month? | en | true
            Și dacă am doar pașaport moldovenesc?   | ro | true
            a ako rabotq tam samo ot 2 meseca?      | bg | true
            Als ik ziek word, wie betaalt dan?      | nl | false
            If I get sick, who pays my wage?        | en | false
            """)
    void onlyAnAndIfAddsACondition(String text, String code, boolean condition) {
        assertThat(followUps.addsACondition(Question.of(text), Language.fromCode(code).orElseThrow())).as(text).isEqualTo(condition);
    }

    @Test
    void aQuestionAskedBeforeIsNamed() {
        assertThat(followUps.namesAQuestion(Question.of("mijn eerste vraag"), Language.NL)).isTrue();
        assertThat(followUps.namesAQuestion(Question.of("pierwszego pytania"), Language.PL)).isTrue();
        assertThat(followUps.namesAQuestion(Question.of("the fifth one"), Language.EN)).isFalse();
    }
}
