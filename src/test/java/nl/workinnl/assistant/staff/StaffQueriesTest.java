package nl.workinnl.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.Citation;
import nl.workinnl.assistant.answer.Assistant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Staff lists and counts in all five languages, answered exactly from the structured fields. */
class StaffQueriesTest {

    private static Assistant assistant;

    @BeforeAll
    static void load() {
        assistant = AssistantFixture.assistant();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen zijn vertraagd?                          | nl | werk-4 werk-5 registratie-5 huisvesting-2 huisvesting-7
            Które działania są opóźnione?                              | pl | werk-4 werk-5 registratie-5 huisvesting-2 huisvesting-7
            Care sunt măsurile întârziate?                             | ro | werk-4 werk-5 registratie-5 huisvesting-2 huisvesting-7
            Кои мерки са забавени?                                     | bg | werk-4 werk-5 registratie-5 huisvesting-2 huisvesting-7
            koi merki sa zabaveni                                      | bg | werk-4 werk-5 registratie-5 huisvesting-2 huisvesting-7
            Which measures are delayed?                                | en | werk-4 werk-5 registratie-5 huisvesting-2 huisvesting-7
            Welke maatregelen over huisvesting zijn afgerond?          | nl | huisvesting-1 huisvesting-4
            Кои мерки в темата Информация и услуги са в изпълнение?    | bg | informatie-2 informatie-3 informatie-4
            Which measures face serious obstacles?                     | en | huisvesting-3
            Lijst van alle maatregelen in het thema zorg               | nl | zorg-1 zorg-2 zorg-3 zorg-4 zorg-5
            Ik werk bij een informatiepunt. Welke woonmaatregelen zijn afgerond? | nl | huisvesting-1 huisvesting-4
            Care sunt măsurile (huisvesting) finalizate?               | ro | huisvesting-1 huisvesting-4
            Which measures were carried out differently or face serious obstacles? | en | werk-3 huisvesting-3
            """)
    void listsHoldExactlyTheMatchingMeasures(String question, String language, String ids) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).extracting(Citation::id).containsExactlyInAnyOrder(ids.split(" "));
        for (Citation c : answer.citations()) {
            assertThat(answer.text()).contains(c.title());
        }
    }

    /** Issue 9: a theme left out by "not about" / "not related to" is left out, never the one listed. */
    /** "On time", "in grafic", "в срок": in progress as planned, so without the delayed ones (their own status). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen lopen op tijd?           | nl
            Które działania są realizowane w terminie? | pl
            Care măsuri sunt în grafic?                | ro
            Кои мерки вървят в срок?                   | bg
            Which measures are running on time?        | en
            """)
    void onTimeListsTheMeasuresInProgressAsPlanned(String question, String language) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(nl.workinnl.assistant.corpus.Status.IN_UITVOERING));
    }

    /** The status in a verb's form ("са приключили", "się zakończyły"), not only as the adjective. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Кои мерки за здравеопазването са приключили? | bg
            Które działania się zakończyły?               | pl
            """)
    void aStatusAsAVerbIsRead(String question, String language) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(nl.workinnl.assistant.corpus.Status.AFGEROND));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Które działania się opóźniają?   | pl
            Кои мерки закъсняват?            | bg
            """)
    void delayedAsAVerbIsRead(String question, String language) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(nl.workinnl.assistant.corpus.Status.VERTRAAGD));
    }

    /** "Everything under a theme" asks for its measures without the word "measures", politely or not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kun je alles over huisvesting tonen?             | nl
            Czy możesz pokazać wszystko o mieszkaniach?      | pl
            Poți să-mi arăți tot despre locuințe?            | ro
            Можете ли да ми покажете всичко за жилищата?     | bg
            Could you please list everything under housing?  | en
            """)
    void everythingUnderAThemeListsItsMeasures(String question, String language) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).extracting(Citation::id).containsExactlyInAnyOrder(
                "huisvesting-1", "huisvesting-2", "huisvesting-3", "huisvesting-4", "huisvesting-5", "huisvesting-6", "huisvesting-7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke vertraagde maatregelen gaan niet over huisvesting?            | nl
            Które opóźnione działania nie dotyczą mieszkalnictwa?               | pl
            Care măsuri întârziate nu sunt legate de locuințe?                  | ro
            Кои забавени мерки не са свързани с жилищното настаняване?          | bg
            Which delayed measures are not related to housing?                  | en
            """)
    void aThemeNegatedAsTheSubjectIsLeftOut(String question, String language) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).extracting(Citation::id).containsExactlyInAnyOrder("werk-4", "werk-5", "registratie-5");
    }

    /** A negation whose scope the parser cannot read is never taken as asking for what it negates. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which delayed measures do not really concern housing?
            Welke vertraagde maatregelen hebben niet echt betrekking op huisvesting?
            """)
    void aNegationThatCannotBeReadNeverGivesTheOppositeSet(String question) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.citations()).extracting(Citation::id).doesNotContainSequence("huisvesting-2", "huisvesting-7");
        assertThat(answer.kind()).isNotEqualTo(Answer.Kind.LIST);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoeveel maatregelen zijn afgerond?                 | nl | 9
            Ile środków jest w realizacji?                     | pl | 17
            Câte măsuri sunt finalizate?                       | ro | 9
            Колко мерки има общо?                              | bg | 41
            how many are completed?                            | en | 9
            Hoeveel maatregelen zijn in uitvoering? De vertraagde wil ik niet meetellen. | nl | 17
            How many measures are in progress, not counting the delayed ones? | en | 17
            How many measures are there in the housing theme?  | en | 7
            """)
    void countsGiveTheNumberInDigits(String question, String language, String count) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(answer.text()).containsPattern("(?<!\\d)" + count + "(?!\\d)");
        assertThat(answer.citations()).hasSize(Integer.parseInt(count));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ile środków jest opóźnionych?     | pl | 5 środków
            Câte măsuri sunt finalizate?      | ro | 9 măsuri
            Hoeveel maatregelen zijn er?      | nl | 41 maatregelen
            """)
    void countsUseTheLanguagesPlural(String question, String language, String phrase) {
        assertThat(assistant.ask(question, Optional.empty()).text()).contains(phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wat is de status van het toelatingsstelsel voor uitzendbureaus?  | werk-1
            What is the status of rent protection?                           | huisvesting-7
            """)
    void theStatusOfOneMeasure(String question, String id) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.citations()).extracting(Citation::id).containsExactly(id);
        assertThat(answer.text()).contains(answer.citations().getFirst().statusLabel());
    }
}
