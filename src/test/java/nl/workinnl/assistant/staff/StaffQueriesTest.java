package nl.workinnl.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.Citation;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.corpus.CorpusFixture;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Staff lists and counts in all five languages, answered exactly from the structured fields. Each
 * question is written down with the filter it means ({@code status=VERTRAAGD theme=huisvesting}); the
 * measures and numbers expected are those of the loaded data that pass the filter, so that a new
 * edition with other statuses does not break the test and a question read as another filter still does.
 */
class StaffQueriesTest {

    private static Assistant assistant;
    private static List<Measure> measures;

    @BeforeAll
    static void load() {
        assistant = AssistantFixture.assistant();
        measures = CorpusFixture.repositoryCorpus().measures();
    }

    /** The answer to a staff question: in its language, of the kind expected, citing exactly the measures of the filter. */
    private static Answer answered(String question, String language, Answer.Kind kind, String filter) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).as(question).isEqualTo(kind);
        assertThat(answer.citations()).extracting(Citation::id).containsExactlyInAnyOrderElementsOf(matching(filter));
        return answer;
    }

    /**
     * The measures a filter such as {@code "status=AFGEROND,DOORLOPEND theme=huisvesting"} keeps, in
     * the overview's order ({@code theme=zorg,informatie}: either theme); {@code not-theme=} and {@code not-status=} leave one out; {@code all} keeps every measure.
     */
    private static List<String> matching(String filter) {
        Predicate<Measure> keep = m -> true;
        for (String part : filter.trim().split("\\s+")) {
            String[] kv = part.split("=", 2);
            switch (kv[0]) {
                case "all" -> { }
                case "status" -> {
                    Set<Status> statuses = EnumSet.noneOf(Status.class);
                    Arrays.stream(kv[1].split(",")).map(Status::valueOf).forEach(statuses::add);
                    keep = keep.and(m -> statuses.contains(m.status()));
                }
                case "not-status" -> keep = keep.and(m -> m.status() != Status.valueOf(kv[1]));
                case "theme" -> keep = keep.and(m -> Arrays.asList(kv[1].split(",")).contains(m.theme()));
                case "not-theme" -> keep = keep.and(m -> !m.theme().equals(kv[1]));
                default -> throw new IllegalArgumentException("not a filter: " + part);
            }
        }
        return measures.stream().filter(keep).map(Measure::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen zijn vertraagd?                          | nl | status=VERTRAAGD
            Które działania są opóźnione?                              | pl | status=VERTRAAGD
            Care sunt măsurile întârziate?                             | ro | status=VERTRAAGD
            Кои мерки са забавени?                                     | bg | status=VERTRAAGD
            koi merki sa zabaveni                                      | bg | status=VERTRAAGD
            Which measures are delayed?                                | en | status=VERTRAAGD
            Welke maatregelen over huisvesting zijn afgerond?          | nl | theme=huisvesting status=AFGEROND
            Кои мерки в темата Информация и услуги са в изпълнение?    | bg | theme=informatie status=IN_UITVOERING
            Which measures face serious obstacles?                     | en | status=ERNSTIGE_OBSTAKELS
            Lijst van alle maatregelen in het thema zorg               | nl | theme=zorg
            Ik werk bij een informatiepunt. Welke woonmaatregelen zijn afgerond? | nl | theme=huisvesting status=AFGEROND
            Care sunt măsurile (huisvesting) finalizate?               | ro | theme=huisvesting status=AFGEROND
            Which measures were carried out differently or face serious obstacles? | en | status=ANDERS_UITGEVOERD,ERNSTIGE_OBSTAKELS
            List every measure with the status 'ongoing'.              | en | status=DOORLOPEND
            Noem elke maatregel met de status afgerond.                | nl | status=AFGEROND
            What is the status of each measure in the theme work?      | en | theme=werk
            Jaki jest status każdego działania w temacie mieszkania?   | pl | theme=huisvesting
            """)
    void listsHoldExactlyTheMatchingMeasures(String question, String language, String filter) {
        Answer answer = answered(question, language, Answer.Kind.LIST, filter);
        for (Citation c : answer.citations()) {
            assertThat(answer.text()).contains(c.title());
        }
    }

    /**
     * "Which theme has the most delayed measures?": the theme or themes with the most (or fewest)
     * measures of the filter, each with its number, and their measures as the list.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke thema's hebben de meeste vertraagde maatregelen? Noem die maatregelen. | nl | MOST   | status=VERTRAAGD
            Który temat ma najwięcej opóźnionych środków?                               | pl | MOST   | status=VERTRAAGD
            Коя тема има най-много приключени мерки и колко са те?                      | bg | MOST   | status=AFGEROND
            Which theme has the most measures in total, and how many?                   | en | MOST   | all
            Care temă are cele mai puține măsuri?                                       | ro | FEWEST | all
            How many measures does the smallest theme have?                             | en | FEWEST | all
            Which theme has the most measures in progress on schedule?                  | en | MOST   | status=IN_UITVOERING
            """)
    void theThemeWithTheMostOrFewestMeasures(String question, String language, String rank, String filter) {
        List<String> kept = matching(filter);
        Map<String, Long> perTheme = new LinkedHashMap<>();
        CorpusFixture.repositoryCorpus().themes().forEach(t -> perTheme.put(t.id(),
                measures.stream().filter(m -> m.theme().equals(t.id()) && kept.contains(m.id())).count()));
        long target = rank.equals("MOST") ? java.util.Collections.max(perTheme.values()) : java.util.Collections.min(perTheme.values());
        List<String> winners = perTheme.entrySet().stream().filter(e -> e.getValue() == target).map(Map.Entry::getKey).toList();

        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.citations()).as(question).extracting(Citation::id).containsExactlyInAnyOrderElementsOf(
                measures.stream().filter(m -> winners.contains(m.theme()) && kept.contains(m.id())).map(Measure::id).toList());
        assertThat(answer.text()).containsPattern(wholeNumber(target));

        Answer again = assistant.ask("how many of them?", Optional.empty(), answer.context());
        assertThat(again.text()).containsPattern(wholeNumber(target * winners.size()));
    }

    /** "Has enforcement more or fewer measures than housing?": the themes named, each with its number, the most first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Heeft handhaving en toezicht meer of minder maatregelen dan huisvesting?  | nl | handhaving,huisvesting | all
            Czy praca ma więcej opóźnionych środków niż zakwaterowanie?               | pl | werk,huisvesting       | status=VERTRAAGD
            Does registration have more completed measures than housing?            | en | registratie,huisvesting | status=AFGEROND
            """)
    void themesNamedAreCompared(String question, String language, String themes, String filter) {
        List<String> kept = matching(filter);
        Map<String, Long> perTheme = new LinkedHashMap<>();
        for (String theme : themes.split(",")) {
            perTheme.put(theme, measures.stream().filter(m -> m.theme().equals(theme) && kept.contains(m.id())).count());
        }
        long most = java.util.Collections.max(perTheme.values());
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        perTheme.values().forEach(n -> assertThat(answer.text()).as(question).containsPattern(wholeNumber(n)));
        assertThat(answer.citations()).extracting(Citation::id).containsExactlyInAnyOrderElementsOf(measures.stream()
                .filter(m -> perTheme.getOrDefault(m.theme(), -1L) == most && kept.contains(m.id())).map(Measure::id).toList());
    }

    /** The number alone, not a digit of a date ("2" in "2025"). */
    private static String wholeNumber(long n) {
        return "(?<!\\d)" + n + "(?!\\d)";
    }

    /** "More" without two themes named and a word of comparison ("than") compares nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"Are there more measures about rent?", "Ik heb meer vragen over werk en wonen", "I want more information about housing measures",
            "Are there more measures about work and housing?", "Zijn er meer maatregelen over werk en huisvesting?"})
    void moreWithoutTwoThemesComparesNothing(String question) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.text()).as(question).doesNotContain("has the most", "have the most", "hebben er de meeste", "heeft er de meeste");
    }

    /** "Most" beside something other than a status ("the most important measure") ranks no themes. */
    @ParameterizedTest
    @ValueSource(strings = {"What is the most important measure in the housing theme?", "Wat is de belangrijkste maatregel van het thema wonen?",
            "Most of us in the housing theme work on farms, which measure helps?"})
    void mostBesideAnotherWordRanksNoThemes(String question) {
        assertThat(assistant.ask(question, Optional.empty()).text()).doesNotContain("has the most", "have the most", "has the fewest",
                "hebben er de meeste", "heeft er de meeste");
    }

    /** Two themes each led by the same words ("din zona de ... și din zona de ...") are both asked for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Care măsuri din zona de sănătate și din zona de informare merg conform planului?           | ro | theme=zorg,informatie status=IN_UITVOERING
            Which measures in the area of health and in the area of information are delayed?          | en | theme=zorg,informatie status=VERTRAAGD
            Welke maatregelen op het gebied van zorg en op het gebied van huisvesting zijn vertraagd?  | nl | theme=zorg,huisvesting status=VERTRAAGD
            Кои мерки в областта на здравеопазването и в областта на информацията са в изпълнение?     | bg | theme=zorg,informatie status=IN_UITVOERING
            """)
    void twoThemesLedByTheSameWordsAreBothListed(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** "Is anything in housing delayed?": a yes/no question naming a status and a theme asks for that list... */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is anything in housing delayed?                                  | en | theme=huisvesting status=VERTRAAGD
            Is er bij registratie iets vertraagd?                            | nl | theme=registratie status=VERTRAAGD
            Czy w sprawach pracy coś jest opóźnione?                         | pl | theme=werk status=VERTRAAGD
            E ceva întârziat în domeniul muncii?                             | ro | theme=werk status=VERTRAAGD
            """)
    void anythingOfAStatusInAThemeAsksForTheList(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** ...but "anything" with a status word alone, or about the asker's own case ("my wages are late"), is a migrant's question. */
    @ParameterizedTest
    @ValueSource(strings = {"Is anything being done about crowded rooms?", "Is anything finished already?",
            "My wages are late, can I do something?", "Kan ik iets doen als mijn loon te laat is?",
            "Salariul meu e întârziat, pot face ceva?", "Заплатата ми закъснява, мога ли да направя нещо?",
            "Is anything being done about my rent?"})
    void anythingWithAStatusWordAloneOrTheAskersOwnCaseIsNoList(String question) {
        assertThat(assistant.ask(question, Optional.empty()).kind()).as(question).isNotEqualTo(Answer.Kind.LIST);
    }

    /** A note of names only, as typed into a search box, asks for the measures it names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vertraagd huisvesting?                  | nl | theme=huisvesting status=VERTRAAGD
            huisvesting afgerond                    | nl | theme=huisvesting status=AFGEROND
            list delayed housing                    | en | theme=huisvesting status=VERTRAAGD
            мерки здраве и благосъстояние           | bg | theme=zorg
            działania zakwaterowanie                | pl | theme=huisvesting
            lijst registratie                       | nl | theme=registratie
            lista masuri munca                      | ro | theme=werk
            """)
    void aNoteOfNamesOnlyListsWhatItNames(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** A measure's id and the word status, and nothing to tell the language by: the id's own Dutch decides. */
    @Test
    void aBareStatusOfAnIdIsThatMeasuresStatusInDutch() {
        Answer answer = assistant.ask("status werk-4", Optional.empty());
        assertThat(answer.kind()).isEqualTo(Answer.Kind.STATUS);
        assertThat(answer.language()).isEqualTo(Language.NL);
        assertThat(answer.citations()).extracting(Citation::id).containsExactly("werk-4");
        // With a language chosen, that language.
        assertThat(assistant.ask("status werk-4", Optional.of(Language.PL)).language()).isEqualTo(Language.PL);
    }

    /**
     * ...but everyday words for a status or theme, and in the other languages the labels themselves,
     * without a word for measure, list or count, are a migrant's: "wages late", "постоянна работа".
     */
    @ParameterizedTest
    @ValueSource(strings = {"wages late", "loon te laat", "huur achter", "housing", "salariu întârziat", "czynsz opóźniony",
            "постоянна работа", "cazare permanentă", "muncă permanentă", "Registration completed?", "Afgerond?", "delayed housing"})
    void everydayWordsForAStatusAndThemeAreNoList(String question) {
        assertThat(assistant.ask(question, Optional.empty()).kind()).as(question).isNotEqualTo(Answer.Kind.LIST);
    }

    /** What leads to a colon is about the asker, not the question: its theme words do not choose the list. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Vraag van een klant die in de zorg werkt: welke maatregelen over huisvesting zijn vertraagd? | nl | theme=huisvesting status=VERTRAAGD
            A question from a client, about work: is anything in housing delayed?                       | en | theme=huisvesting status=VERTRAAGD
            Dzień dobry, mam pytanie od klientki: czy w sprawach rejestracji coś jest opóźnione?         | pl | theme=registratie status=VERTRAAGD
            """)
    void whatLeadsToAColonDoesNotChooseTheList(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** A colon after words that ask leaves the sentence whole: what follows it still belongs to the question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which measures are delayed in these themes: housing and work?        | en | theme=huisvesting,werk status=VERTRAAGD
            Welke maatregelen zijn vertraagd in deze thema's: huisvesting en werk? | nl | theme=huisvesting,werk status=VERTRAAGD
            """)
    void aColonAfterTheQuestionKeepsWhatFollows(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /**
     * "Without an end date", "zonder einddatum", "без краен срок" name the continuing status: their
     * "without" leaves nothing out (it inverted the list, or left out the themes after it).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen lopen door zonder einddatum, handhaving niet meegerekend? | nl | status=DOORLOPEND not-theme=handhaving
            List the measures without an end date, except housing                   | en | status=DOORLOPEND not-theme=huisvesting
            Покажи мерките без краен срок                                           | bg | status=DOORLOPEND
            Care sunt măsurile fără termen, la politică și la informare?            | ro | status=DOORLOPEND theme=beleid,informatie
            Które działania utknęły?                                                | pl | status=ERNSTIGE_OBSTAKELS
            """)
    void withoutAnEndDateIsAStatusNotAnExclusion(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

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
        answered(question, language, Answer.Kind.LIST, "status=IN_UITVOERING");
    }

    /**
     * "Including the delayed ones" adds a status instead of narrowing to it; "either ... or" joins two;
     * a status of several words ("în curs de implementare") leaves the question short.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which work measures are in progress, including the delayed ones?                          | en | status=IN_UITVOERING,VERTRAAGD theme=werk
            Welke maatregelen over werk zijn in uitvoering, inclusief de vertraagde?                  | nl | status=IN_UITVOERING,VERTRAAGD theme=werk
            Изброй мерките в темата работа, които са в процес на изпълнение, включително забавените. | bg | status=IN_UITVOERING,VERTRAAGD theme=werk
            Enumerați măsurile din tema locuire care sunt fie finalizate, fie continue.               | ro | status=AFGEROND,DOORLOPEND theme=huisvesting
            câte sunt în curs de implementare, dar întârziate?                                       | ro | status=VERTRAAGD
            Which measures are completed or carried out differently?                                  | en | status=AFGEROND,ANDERS_UITGEVOERD
            Which measures are in progress and delayed?                                               | en | status=VERTRAAGD
            All measures except housing, work and registration that are on schedule                  | en | status=IN_UITVOERING not-theme=huisvesting not-theme=werk not-theme=registratie
            Welke maatregelen over huisvesting, werk en registratie zijn vertraagd?                   | nl | status=VERTRAAGD
            Ce măsuri elimină obstacolele pentru lucrători?                                           | ro | status=ERNSTIGE_OBSTAKELS
            Ce măsuri au statutul „realizată altfel” sau „obstacole serioase”?                        | ro | status=ANDERS_UITGEVOERD,ERNSTIGE_OBSTAKELS
            """)
    void includedStatusesWidenAndEitherOrJoins(String question, String language, String filter) {
        Answer.Kind kind = question.startsWith("câte") ? Answer.Kind.COUNT : Answer.Kind.LIST;
        answered(question, language, kind, filter);
    }

    /** "Remove the ongoing ones" after a list leaves them out of it; it never lists only them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ce măsuri sunt în tema control și aplicarea legii? | Scoate-le pe cele continue. | ro
            Which enforcement measures are there?              | remove the ongoing ones      | en
            Jakie są działania w temacie egzekwowania?         | usuń te ciągłe               | pl
            """)
    void removingAStatusLeavesItOut(String question, String refinement, String language) {
        Answer list = answered(question, language, Answer.Kind.LIST, "theme=handhaving");
        Answer fewer = assistant.ask(refinement, Optional.empty(), list.context());
        assertThat(fewer.kind()).as(refinement).isEqualTo(Answer.Kind.LIST);
        assertThat(fewer.citations()).extracting(Citation::id).as(refinement)
                .containsExactlyInAnyOrderElementsOf(matching("theme=handhaving not-status=DOORLOPEND"));
    }

    /**
     * "And the rest?" after a list: of a list of some statuses, the other statuses in its themes (with
     * what else the message says); where the message names the list's statuses again ("the
     * opposite: which delayed ones are not about housing?"), the other themes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen over registratie zijn afgerond?          | En de rest, maar dan zonder de vertraagde.                 | theme=registratie not-status=AFGEROND not-status=VERTRAAGD
            Które działania z egzekwowania przepisów są ciągłe?        | A pozostałe?                                               | theme=handhaving not-status=DOORLOPEND
            Which housing measures are delayed?                        | And the opposite: which delayed ones are not about housing? | status=VERTRAAGD not-theme=huisvesting
            Welke vertraagde maatregelen gaan over huisvesting?        | En andersom: welke vertraagde gaan níet over huisvesting?  | status=VERTRAAGD not-theme=huisvesting
            Care măsuri de locuire sunt finalizate?                    | Și restul?                                                 | theme=huisvesting not-status=AFGEROND
            """)
    void theRestOfAListIsWhatItLeftOut(String question, String rest, String filter) {
        Answer list = assistant.ask(question, Optional.empty());
        assertThat(list.kind()).as(question).isEqualTo(Answer.Kind.LIST);
        Answer next = assistant.ask(rest, Optional.empty(), list.context());
        assertThat(next.kind()).as(rest).isEqualTo(Answer.Kind.LIST);
        assertThat(next.citations()).extracting(Citation::id).as(rest).containsExactlyInAnyOrderElementsOf(matching(filter));
    }

    /** "The rest" in a long message, or after a list that left nothing out, is no request for the rest. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which housing measures are delayed?   | My landlord says the rest of the rent must be paid in cash every month to him personally, is that allowed?
            Geef alle maatregelen                 | En de rest?
            """)
    void noRestWhereNothingWasLeftOutOrInALongMessage(String question, String rest) {
        Answer list = assistant.ask(question, Optional.empty());
        assertThat(list.kind()).as(question).isEqualTo(Answer.Kind.LIST);
        Answer next = assistant.ask(rest, Optional.empty(), list.context());
        assertThat(next.citations()).extracting(Citation::id).as(rest).isNotEqualTo(list.citations().stream().map(Citation::id).toList());
        assertThat(next.kind() == Answer.Kind.LIST && next.citations().size() > list.citations().size()).as(rest).isFalse();
    }

    /** After a list, "and which one was carried out differently?" names another status; "status?" shows the list again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is any measure facing serious obstacles?                      | and which one was carried out in a different way? | status=ANDERS_UITGEVOERD
            Which measures fall under the theme labour migrants and policy? | status?                                         | theme=beleid
            Which work measures are in progress?                          | plus the delayed ones                             | status=IN_UITVOERING,VERTRAAGD theme=werk
            Which measures are delayed?                                   | show all                                          | all
            """)
    void aFragmentAfterAListRefinesOrRepeatsIt(String question, String fragment, String filter) {
        Answer list = assistant.ask(question, Optional.empty());
        assertThat(list.kind()).isEqualTo(Answer.Kind.LIST);
        Answer next = assistant.ask(fragment, Optional.empty(), list.context());
        assertThat(next.kind()).as(fragment).isEqualTo(Answer.Kind.LIST);
        assertThat(next.citations()).extracting(Citation::id).as(fragment).containsExactlyInAnyOrderElementsOf(matching(filter));
    }

    /**
     * "How many are there in total?" right after a list counts that list; with "in this theme", the
     * whole theme; with the list's own status named again ("how many delayed ones altogether?"),
     * that status in every theme: restated, it would narrow nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Care măsuri sunt finalizate?                | Câte sunt în total?                    | ro | status=AFGEROND
            Which housing measures are delayed?         | how many are there in total?           | en | status=VERTRAAGD theme=huisvesting
            Which housing measures are delayed?         | how many are there in total in this theme? | en | theme=huisvesting
            Which housing measures are delayed?         | how many delayed ones are there across all themes? | en | status=VERTRAAGD
            Które działania mieszkaniowe są zakończone? | Ile jest zakończonych łącznie, we wszystkich tematach? | pl | status=AFGEROND
            Кои мерки за жилищата са забавени?          | Колко са забавените общо, във всички теми?  | bg | status=VERTRAAGD
            Which housing measures are delayed?         | how many measures does this theme have in total? | en | theme=huisvesting
            Care măsuri de locuire sunt întârziate?     | cate masuri sunt in total la tema asta? | ro | theme=huisvesting
            Welke huisvestingsmaatregelen zijn vertraagd? | hoeveel maatregelen heeft dit thema in totaal? | nl | theme=huisvesting
            Które działania dotyczące pracy są opóźnione? | A ile jest opóźnionych w sumie?        | pl | status=VERTRAAGD
            Which housing measures are delayed?         | and how many delayed ones altogether?   | en | status=VERTRAAGD
            Care măsuri de locuire sunt întârziate?     | câte sunt întârziate în total?          | ro | status=VERTRAAGD
            Which work measures are delayed?            | how many delayed ones in total in this theme? | en | status=VERTRAAGD theme=werk
            Które działania dotyczące pracy są opóźnione? | Ile z nich jest opóźnionych w sumie?   | pl | status=VERTRAAGD theme=werk
            Кои мерки за жилищата са приключени?        | Колко мерки изобщо има в темата за жилищата? | bg | theme=huisvesting
            Which housing measures are completed?       | How many measures are there at all in the housing theme? | en | theme=huisvesting
            Welke huisvestingsmaatregelen zijn afgerond? | Hoeveel maatregelen heeft het thema wonen überhaupt? | nl | theme=huisvesting
            """)
    void inTotalCountsTheListOrWithAThemeWordTheTheme(String question, String count, String language, String filter) {
        Answer list = assistant.ask(question, Optional.empty());
        assertThat(list.kind()).isEqualTo(Answer.Kind.LIST);
        Answer counted = assistant.ask(count, Optional.empty(), list.context());
        assertThat(counted.kind()).as(count).isEqualTo(Answer.Kind.COUNT);
        assertThat(counted.citations()).extracting(Citation::id).as(count).containsExactlyInAnyOrderElementsOf(matching(filter));
    }

    /** A word that only carries on ("and", "a", "и") at the start does not make a staff question too long to read. */
    @Test
    void aWordThatCarriesOnDoesNotLengthenTheQuestion() {
        answered("а от приключените кои са в здравеопазването?", "bg", Answer.Kind.LIST, "status=AFGEROND theme=zorg");
        Answer list = assistant.ask("Welke maatregelen gaan over registratie?", Optional.empty());
        assertThat(list.kind()).isEqualTo(Answer.Kind.LIST);
        Answer counted = assistant.ask("en hoeveel zitten er nog in de uitvoering volgens planning?", Optional.empty(), list.context());
        assertThat(counted.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(counted.citations()).extracting(Citation::id)
                .containsExactlyInAnyOrderElementsOf(matching("status=IN_UITVOERING theme=registratie"));
    }

    /** "How many measures does this theme have?" right after an answer about one measure counts that measure's theme. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What is the status of the bill against labour exploitation? | how many measures does this theme have in total? | en
            Wat is de status van het wetsvoorstel tegen arbeidsuitbuiting? | hoeveel maatregelen zijn er in dit thema?     | nl
            Jaki jest status walki z wyzyskiem w pracy?                | ile jest działań w tym temacie?                 | pl
            """)
    void thisThemeAfterAnAnswerIsThatMeasuresTheme(String question, String count, String language) {
        Answer status = assistant.ask(question, Language.fromCode(language));
        assertThat(status.citations()).extracting(Citation::id).first().isEqualTo("handhaving-7");
        Answer counted = assistant.ask(count, Language.fromCode(language), status.context());
        assertThat(counted.kind()).as(count).isEqualTo(Answer.Kind.COUNT);
        assertThat(counted.citations()).extracting(Citation::id).as(count).containsExactlyInAnyOrderElementsOf(matching("theme=handhaving"));
    }

    /**
     * "This theme" / "ten temat" / "по темата" as the everyday "about this", without the word for
     * measure or a count in its sentence, right after an answer, is no list or count of the theme.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Agencja potrąca mi czynsz z wypłaty, czy to legalne?  | Czy jest jakaś ulotka na ten temat po polsku?         | pl
            Agencja potrąca mi czynsz z wypłaty, czy to legalne?  | Ile mogę odzyskać? Gdzie znajdę więcej na ten temat? | pl
            Агенцията ми удържа наема от заплатата, законно ли е? | Има ли информация по темата на български?           | bg
            """)
    void thisThemeAsAnEverydayAboutThisIsNoList(String question, String followUp, String language) {
        Answer first = assistant.ask(question, Language.fromCode(language));
        Answer next = assistant.ask(followUp, Language.fromCode(language), first.context());
        assertThat(next.kind()).as(followUp).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
    }

    /** The status in a verb's form ("са приключили", "się zakończyły", "się opóźniają"), not only as the adjective. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Кои мерки за здравеопазването са приключили? | bg | status=AFGEROND theme=zorg
            Które działania się zakończyły?               | pl | status=AFGEROND
            Które działania się opóźniają?                | pl | status=VERTRAAGD
            Кои мерки закъсняват?                         | bg | status=VERTRAAGD
            """)
    void aStatusAsAVerbIsRead(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /**
     * The overview's legend defines "Ernstige obstakels" as "wordt (nog) niet uitgevoerd": a measure
     * not being carried out is that status, not every measure but the completed or those in progress.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen worden niet uitgevoerd?                                | nl | status=ERNSTIGE_OBSTAKELS
            Które środki w ogóle nie są realizowane?                                 | pl | status=ERNSTIGE_OBSTAKELS
            Există vreo măsură la locuințe care nu se implementează deloc?           | ro | status=ERNSTIGE_OBSTAKELS theme=huisvesting
            Кои мерки не се изпълняват?                                              | bg | status=ERNSTIGE_OBSTAKELS
            Które środki nie są jeszcze realizowane?                                 | pl | status=ERNSTIGE_OBSTAKELS
            Which housing measures are delayed or not being carried out at all?      | en | status=VERTRAAGD,ERNSTIGE_OBSTAKELS theme=huisvesting
            """)
    void notBeingCarriedOutIsTheStatusOfSeriousObstacles(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** "Being implemented" is in progress, and "не се прилагат за" (do not apply to) is no status. */
    @Test
    void beingImplementedAndNotApplyingAreNotSeriousObstacles() {
        answered("Which measures are being implemented?", "en", Answer.Kind.LIST, "status=IN_UITVOERING");
        Answer apply = assistant.ask("Кои мерки не се прилагат за сезонните работници?", Optional.empty());
        assertThat(apply.citations()).extracting(Citation::id).isNotEqualTo(matching("status=ERNSTIGE_OBSTAKELS"));
    }

    /**
     * The overview's own Dutch status labels, quoted in another language; and a "without" that
     * governs words of its own ("без краен срок", without an end date) leaves no status out.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Колко мерки са със статус „doorlopend“?                      | bg | status=DOORLOPEND
            Колко мерки са постоянни, без краен срок?                     | bg | status=DOORLOPEND
            Ile działań ma status „afgerond”?                             | pl | status=AFGEROND
            How many measures have the status "ernstige obstakels"?      | en | status=ERNSTIGE_OBSTAKELS
            Hoeveel maatregelen zijn in uitvoering, de vertraagde buiten beschouwing gelaten? | nl | status=IN_UITVOERING
            Hoeveel maatregelen zijn in uitvoering, de vertraagde niet meegeteld, als je dat even kunt nagaan? | nl | status=IN_UITVOERING
            """)
    void dutchLabelsAndWithoutsThatGovernOtherWordsAreRead(String question, String language, String filter) {
        answered(question, language, Answer.Kind.COUNT, filter);
    }

    /**
     * Asking whether there are any ("is any measure ...?", "има ли мерки ...?") asks for the list;
     * a Dutch separable verb ("lopen op dit moment achter") and an adjective's other form
     * ("с постоянен характер") still name the status.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is any measure facing serious obstacles at the moment?       | en | status=ERNSTIGE_OBSTAKELS
            What measures are there that are stuck?                      | en | status=ERNSTIGE_OBSTAKELS
            Is er een maatregel over huisvesting die muurvast zit?        | nl | status=ERNSTIGE_OBSTAKELS theme=huisvesting
            Are there any measures that are delayed?                     | en | status=VERTRAAGD
            Zijn er maatregelen over huisvesting die vertraagd zijn?     | nl | status=VERTRAAGD theme=huisvesting
            Welke maatregelen lopen op dit moment achter?                | nl | status=VERTRAAGD
            Czy są jakieś działania, które się opóźniają?                | pl | status=VERTRAAGD
            Există măsuri întârziate?                                    | ro | status=VERTRAAGD
            Има ли мерки за жилищата, които са забавени?                 | bg | status=VERTRAAGD theme=huisvesting
            Дайте ми всички мерки за контрол, които са с постоянен характер. | bg | status=DOORLOPEND theme=handhaving
            """)
    void whetherThereAreAnyAsksForTheList(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** "Everything under a theme" asks for its measures without the word "measures", politely or not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kun je alles over huisvesting tonen?             | nl
            Czy możesz pokazać wszystko o mieszkaniach?      | pl
            Poți să-mi arăți tot despre locuințe?            | ro
            Можете ли да ми покажете всичко за жилищата?     | bg
            Could you please list everything under housing?  | en
            Wat valt er allemaal onder het thema huisvesting? | nl
            What falls under the housing theme, all of it?   | en
            """)
    void everythingUnderAThemeListsItsMeasures(String question, String language) {
        answered(question, language, Answer.Kind.LIST, "theme=huisvesting");
    }

    /**
     * "Everyone says I need DigiD for the taxes and the health insurance": "all" and a theme in a
     * migrant's story, with no word besides "all" that asks for a list, is no list.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Тук съм от месец и съм записан в RNI. Всички казват, че ми трябва DigiD за данъците и здравната застраховка. Мога ли да си извадя DigiD?
            Everyone says that all of us in the house need health insurance. Is that true?
            Agenția tot îmi taie din salariu, ce fac pe tema asta?
            Ile łącznie zapłacę za mieszkanie, jakie są opłaty?
            How many hours in total may I work? Which rules apply?
            Всичко по темата за заплатата ми е неясно.
            """)
    void allAndAThemeInAStoryAreNoList(String question) {
        assertThat(assistant.ask(question, Optional.empty()).kind()).as(question).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
    }

    /**
     * "A visitor asks about the rent protection. How is it going?": who asks is no part of the
     * subject, so the measure is answered, not offered among choices that the asker's words brought in.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Een bezoeker vraagt naar de huurbescherming voor arbeidsmigranten. Hoe staat het daar op dit moment mee? | nl
            A client asks about the rent protection for labour migrants. How far along is that at the moment?       | en
            """)
    void whoAsksIsNoPartOfTheSubject(String question, String language) {
        Answer answer = assistant.ask(question, Language.fromCode(language));
        assertThat(answer.answered()).as(question).isTrue();
        assertThat(answer.citations()).extracting(Citation::id).first().as(question).isEqualTo("huisvesting-7");
    }

    /** "A status other than completed" leaves that status out, in the words each language puts between. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoeveel van de 41 maatregelen hebben een andere status dan afgerond? | nl
            Câte măsuri au alt status decât finalizat?                          | ro
            Колко мерки имат друг статус освен приключена?                     | bg
            How many measures have a status other than completed?               | en
            """)
    void aStatusOtherThanOneLeavesItOut(String question, String language) {
        answered(question, language, Answer.Kind.COUNT, "not-status=AFGEROND");
    }

    /** Right after the status of one measure, "that same status" is that measure's status, in every language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What is the status of werk-3?              | How many measures have that same status?          | COUNT
            Wat is de status van werk-4?               | Welke maatregelen hebben dezelfde status?         | LIST
            Jaki jest status środka werk-4?            | Ile środków ma ten sam status?                    | COUNT
            Care este stadiul măsurii werk-4?          | Ce măsuri au același status?                      | LIST
            Какъв е статусът на мярка werk-4?          | Колко мерки имат същия статус?                    | COUNT
            """)
    void thatSameStatusIsTheStatusOfTheMeasureJustAnswered(String first, String then, Answer.Kind kind) {
        Answer status = assistant.ask(first, Optional.empty());
        String id = status.citations().getFirst().id();
        Status of = measures.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().status();
        Answer same = assistant.ask(then, Optional.empty(), status.context());
        assertThat(same.kind()).as(then).isEqualTo(kind);
        assertThat(same.citations()).extracting(Citation::id).containsExactlyInAnyOrderElementsOf(matching("status=" + of));
    }

    /** "The same status" counts only in the sentence that asks for the list or count, and only as "the same". */
    @Test
    void thatStatusInAnotherSentenceIsNoSameStatusList() {
        Answer status = assistant.ask("Wat is de status van de DigiD maatregel?", Optional.empty());
        Answer total = assistant.ask("Hoeveel maatregelen zijn er in totaal? En welke hebben dezelfde status?", Optional.empty(), status.context());
        assertThat(total.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(total.citations()).hasSize(measures.size());
        Answer more = assistant.ask("Welke maatregelen zijn er nog meer over DigiD? Die status snap ik niet.", Optional.empty(), status.context());
        assertThat(more.kind()).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
    }

    /** A negation that runs into another status ("няма да бъдат изпълнени в срок") cannot be read: no list or count. */
    @Test
    void aNegationRunningIntoAnotherStatusIsNoCount() {
        Answer answer = assistant.ask("Колко мерки няма да бъдат изпълнени в срок?", Optional.empty());
        assertThat(answer.kind()).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
    }

    /** "Vertraagd of niet" is "delayed or not": the delayed ones, not a negation that cannot be read. */
    @Test
    void orNotAfterAStatusIsNoNegation() {
        answered("Welke maatregelen over huisvesting zijn vertraagd of niet?", "nl", Answer.Kind.LIST, "status=VERTRAAGD theme=huisvesting");
    }

    /** After a list, a refinement whose negation cannot be read says so, and the list stays for a clearer one. */
    @Test
    void anUnreadableRefinementSaysSoAndKeepsTheList() {
        Answer delayed = assistant.ask("Which measures are delayed?", Optional.empty());
        Answer unsure = assistant.ask("Which of these do not really concern housing?", Optional.empty(), delayed.context());
        assertThat(unsure.answered()).isFalse();
        assertThat(unsure.citations()).isEmpty();
        Answer clearer = assistant.ask("Which of these are not about housing?", Optional.empty(), unsure.context());
        assertThat(clearer.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(clearer.citations()).extracting(Citation::id).containsExactlyInAnyOrderElementsOf(matching("status=VERTRAAGD not-theme=huisvesting"));
    }

    /** The example question the honest answer to an unreadable negation gives is read right, in every language. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en", "pl", "ro", "bg"})
    void theExampleOfAnUnreadableListIsReadRight(String code) {
        Language language = Language.fromCode(code).orElseThrow();
        String text = nl.workinnl.assistant.translation.TranslationFixture.repositoryTranslations().messages().text(language, "list.unreadable");
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("[\"„](.+?)[\"”“]").matcher(text);
        assertThat(quoted.find()).as(text).isTrue();
        answered(quoted.group(1), code, Answer.Kind.LIST, "status=VERTRAAGD not-theme=huisvesting");
    }

    /** A verb that negates ("don't have", "нямат") leaves the status out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Кои мерки в темата жилищно настаняване нямат статус „приключена“ (Afgerond)? | bg
            Which housing measures don't have the status completed?                     | en
            """)
    void aVerbThatNegatesLeavesTheStatusOut(String question, String language) {
        answered(question, language, Answer.Kind.LIST, "theme=huisvesting not-status=AFGEROND");
    }

    /** A theme's name inflected otherwise than in the overview is the theme, not the themes of its words ("трудови" is work). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Кои мерки има в темата „трудови мигранти и политика“?  | bg | theme=beleid
            Enumeră toate măsurile din tema locuințe și cazare.    | ro | theme=huisvesting
            """)
    void aThemesNameInflectedIsThatTheme(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** A theme the parser does not know is no licence to list or count every measure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Enumeră toate măsurile din tema locuri de joacă.
            How many measures are there in the theme schooling?
            Wymień wszystkie środki z tematu sport.
            """)
    void anUnknownThemeIsNotEveryMeasure(String question) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.kind()).as(question).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
    }

    /** A theme word followed by a status, and a phrase of a theme's words that is no theme's name, keep the list right. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lista măsurilor întârziate pentru locuințe de muncitori     | ro | status=VERTRAAGD theme=huisvesting
            List all measures by category, delayed first                | en | status=VERTRAAGD
            """)
    void themeWordsInOtherPhrasesDoNotMisleadTheList(String question, String language, String filter) {
        answered(question, language, Answer.Kind.LIST, filter);
    }

    /** A word that begins as a theme's stem does but is another word ("in werking treden", "careful") names no theme. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregel zou per 1 maart 2026 in werking moeten treden? Een cliënt vroeg ernaar. | nl
            welke maatregelen zijn in werking getreden?                                          | nl
            Which measures should staff be careful about when they list them?                   | en
            """)
    void aWordThatOnlyBeginsLikeAThemeNamesNoTheme(String question, String language) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).as(question).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
        // Nor is the theme read into anything else it answers.
        assertThat(answer.citations()).extracting(Citation::id).as(question).noneMatch(id -> id.startsWith("werk-") || id.startsWith("zorg-"));
    }

    /** The status of one measure described by words of a theme ("control") is that measure's status, not the theme's list. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Care este stadiul măsurii privind schimbul de date între autoritățile de control?
            What is the status of the measure on data exchange between the inspection services?
            """)
    void theStatusOfOneMeasureIsNotAList(String question) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.kind()).as(question).isEqualTo(Answer.Kind.STATUS);
        assertThat(answer.citations()).extracting(Citation::id).containsExactly("handhaving-6");
        // In the plural it is the theme's list.
        assertThat(assistant.ask("Care este stadiul măsurilor din tema locuințe?", Optional.empty()).kind()).isEqualTo(Answer.Kind.LIST);
    }

    /** Issue 9: a theme left out by "not about" / "not related to" is left out, never the one listed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke vertraagde maatregelen gaan niet over huisvesting?            | nl
            Które opóźnione działania nie dotyczą mieszkalnictwa?               | pl
            Care măsuri întârziate nu sunt legate de locuințe?                  | ro
            Кои забавени мерки не са свързани с жилищното настаняване?          | bg
            Which delayed measures are not related to housing?                  | en
            Welke maatregelen zijn vertraagd als je de huisvestingsmaatregelen niet meetelt? | nl
            """)
    void aThemeNegatedAsTheSubjectIsLeftOut(String question, String language) {
        answered(question, language, Answer.Kind.LIST, "status=VERTRAAGD not-theme=huisvesting");
    }

    /** A negation whose scope the parser cannot read is never taken as asking for what it negates, nor answered with a measure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which delayed measures do not really concern housing?
            Welke vertraagde maatregelen hebben niet echt betrekking op huisvesting?
            Welke vertraagde maatregelen zijn er als je huisvesting niet bekijkt?
            """)
    void aNegationThatCannotBeReadNeverGivesTheOppositeSet(String question) {
        Answer answer = assistant.ask(question, Optional.empty());
        List<String> opposite = matching("status=VERTRAAGD theme=huisvesting");
        if (opposite.size() > 1) {
            // One of them alone may be the topic answer about housing, which is no inversion.
            assertThat(answer.citations()).extracting(Citation::id).doesNotContainSequence(opposite);
        }
        assertThat(answer.kind()).isNotEqualTo(Answer.Kind.LIST);
        // Nor an answer about some measure: it says what it could not read, and how to ask.
        assertThat(answer.answered()).as(question).isFalse();
        assertThat(answer.citations()).as(question).isEmpty();
        assertThat(answer.text()).as(question).contains("?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoeveel maatregelen zijn afgerond?                 | nl | status=AFGEROND
            Ile środków jest w realizacji?                     | pl | status=IN_UITVOERING
            Ile działań dotyczących meldunku jest w toku?      | pl | status=IN_UITVOERING theme=registratie
            Câte măsuri sunt finalizate?                       | ro | status=AFGEROND
            Колко мерки има общо?                              | bg | all
            how many are completed?                            | en | status=AFGEROND
            Hoeveel maatregelen zijn in uitvoering? De vertraagde wil ik niet meetellen. | nl | status=IN_UITVOERING
            How many measures are in progress, not counting the delayed ones? | en | status=IN_UITVOERING
            How many measures are there in the housing theme?  | en | theme=huisvesting
            How many work measures are completed?              | en | status=AFGEROND theme=werk
            Ile środków dotyczących pracy jest zakończonych?   | pl | status=AFGEROND theme=werk
            Колко мерки за информация са завършени?            | bg | status=AFGEROND theme=informatie
            """)
    void countsGiveTheNumberInDigits(String question, String language, String filter) {
        int count = matching(filter).size();
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.language().code()).isEqualTo(language);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(answer.citations()).hasSize(count);
        // None too, as "0": staff asked for a number ("0 measures have the status ...").
        assertThat(answer.text()).containsPattern("(?<!\\d)" + count + "(?!\\d)");
    }

    /**
     * The number with the noun in the form the language needs for it. The forms are written here per
     * plural category ({@code one}, {@code few}, {@code many}, {@code other}; none takes the category
     * the language gives 0);
     * which category a number takes is the language's rule (CLDR, through ICU).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ile środków jest opóźnionych?     | pl | status=VERTRAAGD | one # środek; few # środki; many # środków; other # środka
            Câte măsuri sunt finalizate?      | ro | status=AFGEROND  | one # măsură; few # măsuri; other # de măsuri
            Hoeveel maatregelen zijn er?      | nl | all              | one # maatregel; other # maatregelen
            """)
    void countsUseTheLanguagesPlural(String question, String language, String filter, String forms) {
        int count = matching(filter).size();
        Map<String, String> byCategory = new LinkedHashMap<>();
        for (String form : forms.split(";\\s*")) {
            String[] categoryAndText = form.split(" ", 2);
            byCategory.put(categoryAndText[0], categoryAndText[1]);
        }
        String category = byCategory.containsKey("=" + count) ? "=" + count
                : PluralRules.forLocale(ULocale.forLanguageTag(language)).select(count);
        assertThat(byCategory).as("a form for " + count + " (" + category + ")").containsKey(category);
        assertThat(assistant.ask(question, Optional.empty()).text()).contains(byCategory.get(category).replace("#", String.valueOf(count)));
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

    /**
     * A count of something other than measures ("how much money", "how many people") is no staff
     * count, even where the message names all the recommendations or a status: the overview holds
     * no such number.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Hoeveel geld is er in totaal uitgetrokken voor de uitvoering van alle aanbevelingen?",
            "How many people have used the simple procedure at the court so far?",
            "Колко трудови мигранти от България работят в Холандия според доклада?",
            "Câți bani s-au dat pentru toate măsurile?"})
    void aCountOfSomethingElseIsNoCountOfMeasures(String question) {
        Answer answer = assistant.ask(question, Optional.empty());
        assertThat(answer.kind()).as(question).isNotIn(Answer.Kind.COUNT, Answer.Kind.LIST);
    }

    /** Time words after the word for measure do not make it a count of something else. */
    /** "Every" counts as all only right before the word for measure: "every worker" is not. */
    @Test
    void everyWorkerDoesNotMakeAStatusQuestionAList() {
        Answer answer = assistant.ask("Care este stadiul măsurii ca fiecare lucrător să fie înregistrat?", Optional.empty());
        assertThat(answer.kind()).isNotEqualTo(Answer.Kind.LIST);
    }

    @Test
    void aCountOfMeasuresDelayedForMonthsIsACount() {
        Answer answer = assistant.ask("Hoeveel maatregelen zijn al maanden vertraagd?", Optional.empty());
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COUNT);
    }
}
