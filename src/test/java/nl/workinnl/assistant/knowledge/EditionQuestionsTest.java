package nl.workinnl.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.nio.file.Path;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.Citation;
import nl.workinnl.assistant.corpus.DataLocations;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.testing.DataCopies;
import nl.workinnl.assistant.testing.DataEdits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * "Since when ...?", "what changed since the last edition?" and "which measures were completed this
 * year?", answered from the recorded editions only. On a copy of the data brought back to one
 * edition (2025-11) with the statuses these questions are about (werk-4 and huisvesting-7 delayed,
 * werk-1 in progress), whatever editions and statuses the real data has by now; then with a second
 * edition (2026-11: werk-4 delayed → completed, werk-1 in progress → delayed).
 */
class EditionQuestionsTest {

    @TempDir
    static Path data;

    static Assistant twoEditions;
    static Assistant oneEdition;

    @BeforeAll
    static void load() {
        DataCopies.copy(Path.of("corpus"), data.resolve("corpus"));
        DataCopies.copy(Path.of("translations"), data.resolve("translations"));
        DataEdits edits = new DataEdits(data.resolve("corpus"));
        edits.onlyEdition("2025-11");
        edits.changeStatus("werk-4", Status.VERTRAAGD, "2025-11");
        edits.changeStatus("huisvesting-7", Status.VERTRAAGD, "2025-11");
        edits.changeStatus("werk-1", Status.IN_UITVOERING, "2025-11");
        oneEdition = assistant();
        edits.changeStatus("werk-4", Status.AFGEROND, "2026-11");
        edits.changeStatus("werk-1", Status.VERTRAAGD, "2026-11");
        twoEditions = assistant();
    }

    private static Assistant assistant() {
        return new KnowledgeLoader(new PathMatchingResourcePatternResolver(),
                new DataLocations(data.resolve("corpus").toString(), data.resolve("translations").toString()),
                Validation.buildDefaultValidatorFactory().getValidator(), SearchProperties.defaults()).load().assistant();
    }

    private static Answer ask(Assistant assistant, String question, String language) {
        return assistant.ask(question, Language.fromCode(language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wat is er veranderd sinds de vorige editie?        | nl | Tussen november 2025 en november 2026
            What changed since the last edition?               | en | Between November 2025 and November 2026
            Co się zmieniło od ostatniego wydania?              | pl | listopad 2026
            Ce s-a schimbat de la ultima ediție?                | ro | noiembrie 2026
            Какво се промени от последното издание?             | bg | ноември 2026
            """)
    void whatChangedListsTheStatusChangesBetweenTheLastTwoEditions(String question, String language, String lead) {
        Answer answer = ask(twoEditions, question, language);
        assertThat(answer.answered()).isTrue();
        assertThat(answer.citations()).extracting(Citation::id).containsExactlyInAnyOrder("werk-1", "werk-4");
        assertThat(answer.text()).contains(lead).contains("→");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen zijn dit jaar afgerond?           | nl
            Which measures were completed this year?            | en
            Które działania zostały zakończone w tym roku?      | pl
            Care măsuri au fost finalizate anul acesta?         | ro
            Кои мерки са завършени тази година?                 | bg
            """)
    void completedThisYearAreTheMeasuresThatBecameCompletedInTheLatestEditionsYear(String question, String language) {
        Answer answer = ask(twoEditions, question, language);
        assertThat(answer.answered()).isTrue();
        // The measures completed already in the first recorded edition are not: when they were completed is not recorded.
        assertThat(answer.citations()).extracting(Citation::id).containsExactly("werk-4");
        assertThat(answer.text()).contains("2026");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sinds wanneer is werk-1 vertraagd?                 | nl | november 2026
            Since when is werk-1 delayed?                      | en | since the monitoring overview of November 2026
            Od kiedy werk-1 jest opóźniony?                     | pl | listopad 2026
            De când este werk-1 întârziată?                    | ro | noiembrie 2026
            От кога werk-1 е забавена?                          | bg | ноември 2026
            """)
    void sinceWhenIsTheFirstEditionOfTheCurrentStatus(String question, String language, String since) {
        Answer answer = ask(twoEditions, question, language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.STATUS);
        assertThat(answer.citations()).extracting(Citation::id).containsExactly("werk-1");
        assertThat(answer.text()).contains(since);
    }

    @Test
    void aStatusHeldSinceTheFirstRecordedEditionIsSaidToBeAtLeastThatOld() {
        Answer answer = ask(twoEditions, "Since when is rent protection delayed?", "en");
        assertThat(answer.citations()).extracting(Citation::id).containsExactly("huisvesting-7");
        assertThat(answer.text()).contains("at least since November 2025").contains("first recorded edition");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wat is er veranderd sinds de vorige editie?        | nl | eerste editie die is vastgelegd
            What changed since the last edition?               | en | first recorded edition; no changes are recorded yet
            Co się zmieniło od ostatniego wydania?              | pl | pierwszym zapisanym wydaniem
            Ce s-a schimbat de la ultima ediție?                | ro | prima ediție înregistrată
            Какво се промени от последното издание?             | bg | първото записано издание
            Which measures were completed this year?           | en | first recorded edition
            """)
    void withOneEditionNoChangesAreRecordedYet(String question, String language, String honest) {
        Answer answer = ask(oneEdition, question, language);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).contains(honest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What has changed in the rules for housing of labour migrants by employers?                                   | en
            I heard you get emails about your rights and about reporting changes after registering. Is that happening? | en
            Trebuie să raportez schimbările de adresă la RNI?                                                              | ro
            """)
    void aMigrantsQuestionAboutChangesInASubjectStaysATopicQuestion(String question, String language) {
        Answer answer = ask(twoEditions, question, language);
        assertThat(answer.kind()).as(question).isNotEqualTo(Answer.Kind.LIST);
    }

}
