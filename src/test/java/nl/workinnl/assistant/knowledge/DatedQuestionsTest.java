package nl.workinnl.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 * "Which measures have something planned for 1 January 2027?": the measures whose key facts the
 * overview dates then. On a copy of the data whose key facts are only the dated ones written here
 * (every other measure has none, and no translation has its own), whatever dates the real data gives.
 */
class DatedQuestionsTest {

    @TempDir
    static Path data;

    static Assistant assistant;

    /** The key facts of the copy; every other measure has none. */
    private static final Map<String, List<String>> FACTS = Map.of(
            "werk-1", List.of("1 januari 2027: invoering van het stelsel", "1 januari 2028: handhaving begint"),
            "registratie-3", List.of("1 januari 2027: de zorgplicht gaat in"),
            "registratie-2a", List.of("1 oktober 2027: het experiment loopt af"),
            "zorg-3", List.of("2026 t/m 2028: de opvang gaat door"),
            "werk-6", List.of("1 juli 2026: de wet gaat in"),
            "huisvesting-2", List.of("voorjaar 2026: een nieuwe norm", "15m²: het oppervlak"),
            "registratie-1", List.of("15 april: een datum zonder jaar", "€ 12,4 miljoen: structureel vanaf 2026"));

    @BeforeAll
    static void load() throws IOException {
        DataCopies.copy(Path.of("corpus"), data.resolve("corpus"));
        DataCopies.copy(Path.of("translations"), data.resolve("translations"));
        try (Stream<Path> files = Files.list(data.resolve("corpus/measures"))) {
            for (Path file : files.toList()) {
                String id = file.getFileName().toString().replace(".yaml", "");
                String facts = FACTS.getOrDefault(id, List.of()).stream().map(f -> "  - \"" + f + "\"\n").reduce("", String::concat);
                DataEdits.write(file, withKeyFacts(DataEdits.read(file), facts.isEmpty() ? "" : "keyFacts:\n" + facts));
            }
        }
        for (String language : List.of("en", "pl", "ro", "bg")) {
            try (Stream<Path> files = Files.list(data.resolve("translations/" + language + "/measures"))) {
                for (Path file : files.toList()) {
                    // No translated key facts: the Dutch ones stand in, as for a translation not yet made.
                    DataEdits.write(file, withKeyFacts(DataEdits.read(file), ""));
                }
            }
        }
        assistant = new KnowledgeLoader(new PathMatchingResourcePatternResolver(),
                new DataLocations(data.resolve("corpus").toString(), data.resolve("translations").toString()),
                Validation.buildDefaultValidatorFactory().getValidator(), SearchProperties.defaults()).load().assistant();
    }

    private static String withKeyFacts(String yaml, String block) {
        return yaml.replaceAll("(?m)^keyFacts:\\n(?:  - .*\\n)*", java.util.regex.Matcher.quoteReplacement(block));
    }

    private static Answer ask(String question, String language) {
        return assistant.ask(question, Language.fromCode(language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen hebben iets gepland voor 1 januari 2027?        | nl | 1 januari 2027
            Which measures have something planned for 1 January 2027?        | en | January 1, 2027
            Które środki mają coś zaplanowane na 1 stycznia 2027?             | pl | 1 stycznia 2027
            Ce măsuri au ceva planificat pentru 1 ianuarie 2027?              | ro | 1 ianuarie 2027
            Кои мерки имат нещо планирано за 1 януари 2027 г.?                | bg | 1 януари 2027
            What is due on January 1, 2027?                                  | en | January 1, 2027
            """)
    void aDayNamedListsTheMeasuresWithAKeyFactOnThatDay(String question, String language, String day) {
        Answer answer = ask(question, language);
        assertThat(answer.answered()).isTrue();
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.citations()).as(question).extracting(Citation::id).containsExactlyInAnyOrder("werk-1", "registratie-3");
        assertThat(answer.text()).contains(day).contains("invoering van het stelsel").doesNotContain("handhaving begint");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which laws should enter into force in 2027?                     | en | werk-1 registratie-3 registratie-2a
            Hoeveel maatregelen hebben een deadline in 2027?                | nl | werk-1 registratie-3 registratie-2a
            Jakie środki mają termin w 2028 roku?                           | pl | werk-1 zorg-3
            Ce măsuri intră în vigoare în 2026?                             | ro | zorg-3 werk-6 huisvesting-2
            Кои мерки влизат в сила през 2026 г.?                           | bg | zorg-3 werk-6 huisvesting-2
            What is planned for July 2026?                                  | en | werk-6
            Which housing measures have something planned for 2026?         | en | huisvesting-2
            """)
    void aYearOrMonthNamedListsTheMeasuresWithAKeyFactThen(String question, String language, String ids) {
        Answer answer = ask(question, language);
        assertThat(answer.answered()).isTrue();
        // A year inside a range (zorg-3's 2026 t/m 2028 in 2027) is not named; a label without a year
        // in its label, before the colon (registratie-1), names no date.
        assertThat(answer.citations()).as(question).extracting(Citation::id).containsExactlyInAnyOrder(ids.split(" "));
    }

    @Test
    void aCountOfDatedMeasuresSaysHowManyBesideTheList() {
        Answer answer = ask("How many measures have a deadline in 2028?", "en");
        assertThat(answer.text()).contains("(2 measures)");
    }

    /** A dated list is a list for what follows: narrowed by theme it stays dated, and its items are picked by position. */
    @Test
    void aDatedListIsNarrowedAndPickedFromLikeAnyList() {
        Answer dated = ask("Which measures have something planned for 2026?", "en");
        Answer housing = assistant.ask("which of these are about housing?", Optional.empty(), dated.context());
        assertThat(housing.citations()).extracting(Citation::id).containsExactly("huisvesting-2");
        assertThat(housing.text()).contains("2026").contains("een nieuwe norm");
        Answer second = assistant.ask("and the second one?", Optional.empty(), dated.context());
        assertThat(second.citations()).extracting(Citation::id).first().isEqualTo(dated.citations().get(1).id());
    }

    @Test
    void aPeriodWithNothingDatedSaysSo() {
        Answer answer = ask("Which measures have something planned for 2031?", "en");
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).contains("lists nothing for that period");
    }

    @Test
    void aStatusNamedWithAYearIsTheStatusList() {
        // The overview does not date when a status was reached.
        Answer answer = ask("Which measures were completed in 2025?", "en");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(answer.citations()).hasSizeGreaterThan(2).allMatch(c -> c.status() == Status.AFGEROND);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoeveel maatregelen zijn er per november 2025?      | nl
            How many measures were there in 2024?               | en
            """)
    void theMonthOfTheStatusesOrAYearBesideTheWordForMeasuresIsNoDueDate(String question, String language) {
        // "As of November 2025" is when the statuses are from; "in 2024" says nothing is due then.
        Answer answer = ask(question, language);
        assertThat(answer.kind()).as(question).isEqualTo(Answer.Kind.COUNT);
        assertThat(answer.citations()).as(question).hasSize(41);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ik ben in 2024 naar Nederland gekomen, welke regels gelden er voor mijn huisvesting?   | nl
            Welke maatregel over arbeidsongevallen moet in 2026 ingaan?                            | nl
            Welke termijn geldt er in 2026 voor de huurbescherming?                                | nl
            """)
    void aMigrantsQuestionOrOneMeasureWithAYearIsATopicQuestion(String question, String language) {
        assertThat(ask(question, language).kind()).as(question).isEqualTo(Answer.Kind.TOPIC);
    }

    /** A dated list corrected, narrowed, or asked for another year stays a dated list; any list narrowed to a date becomes one. */
    @Test
    void aDatedListIsCorrectedAndAskedForAnotherYear() {
        Answer dated = ask("Which measures have something planned for 2027?", "en");
        Answer corrected = assistant.ask("Sorry, I meant the ones about work", Optional.empty(), dated.context());
        assertThat(corrected.citations()).extracting(Citation::id).containsExactly("werk-1");
        Answer later = assistant.ask("And for 2028?", Optional.empty(), dated.context());
        assertThat(later.citations()).extracting(Citation::id).containsExactlyInAnyOrder("werk-1", "zorg-3");
        assertThat(later.text()).contains("2028").contains("handhaving begint");
        Answer work = ask("Which measures are about work?", "en");
        Answer due = assistant.ask("Which of these have a deadline in 2026?", Optional.empty(), work.context());
        assertThat(due.citations()).extracting(Citation::id).containsExactly("werk-6");
    }

    @Test
    void rightAfterAnAnswerAboutOneMeasureAShortQuestionWithAYearStaysWithIt() {
        Answer first = assistant.ask("Moet mijn uitzendbureau een ongeluk op het werk melden?", Optional.of(Language.NL));
        assertThat(first.citations()).extracting(Citation::id).first().isEqualTo("werk-6");
        Answer then = assistant.ask("Is that in force in 2026?", Optional.of(Language.EN), first.context());
        assertThat(then.citations()).extracting(Citation::id).first().isEqualTo("werk-6");
        assertThat(then.kind()).isNotEqualTo(Answer.Kind.LIST);
    }
}
