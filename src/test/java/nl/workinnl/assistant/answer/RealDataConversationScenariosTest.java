package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenarios of issue 9 through the whole pipeline, on the real corpus (so also a check of the
 * real data): follow-ups, near-misses, rambling and phone-typed questions, staff questions that
 * must never invert, exact references, short messages in the chosen language.
 */
class RealDataConversationScenariosTest {

    private static Assistant assistant;

    @BeforeAll
    static void load() {
        assistant = AssistantFixture.assistant();
    }

    private static Answer ask(String text) {
        return assistant.ask(text, Optional.empty());
    }

    private static Answer then(Answer previous, String text) {
        return assistant.ask(text, Optional.empty(), previous.context());
    }

    private static String first(Answer a) {
        return a.citations().isEmpty() ? "" : a.citations().getFirst().id();
    }

    @Test
    void aWhenFollowUpStaysWithTheHousingMeasure() {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji.");
        assertThat(first(room)).startsWith("huisvesting-");
        Answer when = then(room, "A kiedy to się zmieni?");
        assertThat(when.answered()).isTrue();
        assertThat(first(when)).isEqualTo(first(room));
        assertThat(when.language()).isEqualTo(Language.PL);
        // The status comes first: the question was when.
        assertThat(when.text().split("\n")[0]).contains(when.citations().getFirst().statusLabel());
    }

    @Test
    void whichOfTheseRefinesTheLastList() {
        Answer enforcement = ask("Which enforcement measures are there?");
        assertThat(enforcement.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(enforcement.citations()).hasSize(7);
        Answer done = then(enforcement, "Which of these are already done?");
        assertThat(done.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(done.citations()).extracting(Citation::id).containsExactlyInAnyOrder("handhaving-1", "handhaving-2");
        Answer howMany = then(enforcement, "And how many of them?");
        assertThat(howMany.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(howMany.text()).contains("7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cazare 😡|cazare",
        "HUUR?!! 😡😡|HUUR?!!",
        "kiedy dostane bsn 🙏🙏|kiedy dostane bsn",
    })
    void anEmojiChangesNothingOfTheAnswer(String withEmoji, String without) {
        if (without.equals("HUUR?!!")) {
            assertThat(ask(withEmoji).answered()).as(withEmoji).isTrue();
        }
        Answer plain = ask(without);
        Answer angry = ask(withEmoji);
        assertThat(angry.kind()).isEqualTo(plain.kind());
        assertThat(angry.citations()).isEqualTo(plain.citations());
        assertThat(angry.suggestions()).isEqualTo(plain.suggestions());
    }

    /** A theme's name alone, too weak to answer, offers that theme's measures to choose, not another theme's or none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cazare 😡   | ro
            mieszkanie  | pl
            housing     | en
            a mieszkanie? | pl
            Locuință și cazare | ro
            """)
    void aThemeNamedAloneOffersItsMeasures(String message, String language) {
        Answer a = ask(message);
        assertThat(a.kind()).as(message).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(a.language().code()).isEqualTo(language);
        assertThat(a.suggestions()).as(message).hasSizeBetween(2, 3)
                .allSatisfy(s -> assertThat(s.id()).startsWith("huisvesting-"));
        // Choosing one answers it, as any clarifying question's choices do.
        assertThat(first(then(a, "1"))).isEqualTo(a.suggestions().getFirst().id());
    }

    /** "What can I do now?" after an answer asks what the measure just discussed means for the asker. */
    @ParameterizedTest
    @ValueSource(strings = {"Wat kan ik nu doen?", "what do I do now?", "Co mam teraz zrobić?", "Какво да правя сега?", "Ce să fac acum?"})
    void whatCanIDoNowStaysWithTheMeasure(String followUp) {
        Answer room = ask("Mijn werkgever houdt 300 euro huur in van mijn loon. Mag dat?");
        Answer now = then(room, followUp);
        assertThat(now.answered()).as(followUp).isTrue();
        assertThat(first(now)).as(followUp).isEqualTo(first(room));
    }

    /** Whether inspections are announced is asked as often as whether they are unannounced: the same measure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            komt controle altijd aangekondigd? baas weet het altijd van te voren | handhaving-3
            Are housing inspections always announced in advance?                 | handhaving-3
            Czy kontrole mieszkań są zawsze zapowiadane?                         | handhaving-3
            zakona za ekspluataciqta ot koga vliza v sila                        | handhaving-7
            """)
    void howPeopleAskAboutAMeasureFindsIt(String question, String measure) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isTrue();
        assertThat(first(a)).as(question).isEqualTo(measure);
    }

    /**
     * "At every RNI desk?" after the answer on DigiD at the RNI desks: the search is as sure of the
     * measure just discussed as of those on registering at the desks, so the conversation stays.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kan ik DigiD aanvragen als ik niet in Nederland woon? | bij elk rni loket?
            Can I get DigiD if I don't live in the Netherlands?   | at every RNI desk?
            """)
    void aFollowUpTheLastMeasureHoldsAsWellAsAnyStaysWithIt(String question, String followUp) {
        Answer digid = ask(question);
        assertThat(first(digid)).isEqualTo("informatie-3");
        assertThat(first(then(digid, followUp))).as(followUp).isEqualTo("informatie-3");
        // A subject of its own, which the last measure does not hold as well, still moves on.
        assertThat(first(then(digid, "and may my employer take the rent from my wages?"))).isNotEqualTo("informatie-3");
    }

    @Test
    void sayItInPolishKeepsTheTopic() {
        Answer deduction = ask("Mag mijn werkgever de huur van mijn loon inhouden?");
        Answer polish = then(deduction, "Can you say that in Polish?");
        assertThat(polish.language()).isEqualTo(Language.PL);
        assertThat(first(polish)).isEqualTo(first(deduction));
    }

    @Test
    void aLongerRequestToSayItInAnotherLanguageKeepsTheTopic() {
        Answer deduction = ask("Mag mijn werkgever de huur van mijn loon inhouden?");
        Answer polish = then(deduction, "Can you put this in Polish for my colleague so he can read it?");
        assertThat(polish.language()).isEqualTo(Language.PL);
        assertThat(first(polish)).isEqualTo(first(deduction));
    }

    /** A clause after the request that says why does not hide it, nor does a polite word before a comma. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Napisz to po niderlandzku, pokażę to kierownikowi. | nl
            Zet het in het Bulgaars, dan kan mijn vrouw het lezen. | bg
            Please, in Polish.                                   | pl
            Proszę, napisz to po angielsku.                      | en
            Kun je dat laatste in het Roemeens zetten? Dan app ik het hem door. | ro
            powtorz to po angielsku, kolega z Litwy nie zna polskiego | en
            same in bulgarian pls, he doesnt read english well   | bg
            A po bułgarsku?                                      | bg
            """)
    void aRequestWithAReasonAfterACommaKeepsTheTopic(String request, String language) {
        Answer deduction = ask("Mag mijn werkgever de huur van mijn loon inhouden?");
        Answer again = then(deduction, request);
        assertThat(again.language().code()).isEqualTo(language);
        assertThat(first(again)).isEqualTo(first(deduction));
    }

    /** "And can I get a DigiD right away?" after a question about changing an address names DigiD. */
    @Test
    void aFollowUpNamingAnotherMeasuresSubjectMovesOn() {
        Answer address = ask("czy moge sam zmienic adres w RNI przez internet");
        assertThat(first(address)).isEqualTo("registratie-2c");
        assertThat(first(then(address, "a digid moge zalatwic od razu przy zapisie do RNI"))).isEqualTo("informatie-3");
    }

    /**
     * After an item of a list, a short message pointing at another subject that the measure just
     * discussed holds none of the words of moves on to it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"En hoe zit het met die over integratie en taallessen?",
            "Hoe zit het eigenlijk met die over integratie en Nederlandse les?"})
    void anotherSubjectAfterAListItemMovesOn(String next) {
        Answer list = ask("Welke maatregelen gaan over informatie en dienstverlening?");
        assertThat(list.kind()).isEqualTo(Answer.Kind.LIST);
        Answer digid = then(list, "Vertel meer over die van DigiD.");
        assertThat(first(digid)).isEqualTo("informatie-3");
        assertThat(first(then(digid, next))).as(next).isEqualTo("informatie-4");
    }

    /** A language named in a clause before a question is part of the question, not a request to repeat the answer. */
    @Test
    void aLanguageBeforeAQuestionIsNoRequest() {
        Answer deduction = ask("Mag mijn werkgever de huur van mijn loon inhouden?");
        Answer next = then(deduction, "In English, what is the minimum wage?");
        assertThat(next.answered()).isFalse();
        assertThat(next.citations()).isEmpty();
    }

    /** Names of places in a follow-up are no subject of their own: the measure just discussed stays. */
    @Test
    void placeNamesInAFollowUpKeepTheMeasure() {
        Answer digid = ask("Kan ik als niet-ingezetene een DigiD aanvragen?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        assertThat(first(then(digid, "Geldt dat ook in Tilburg, Breda en Eindhoven?"))).isEqualTo("informatie-3");
    }

    /** A short message without diacritics stays in the conversation's language unless its words clearly say another. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Stăm 8 oameni într-o casă cu o singură baie. Vine cineva să verifice? | pot sa-i chem eu | ro
            Stăm 8 oameni într-o casă cu o singură baie. Vine cineva să verifice? | Can I call them myself? | en
            """)
    void aShortFollowUpKeepsTheConversationsLanguage(String question, String followUp, String language) {
        Answer first = ask(question);
        assertThat(first.language()).isEqualTo(Language.RO);
        assertThat(then(first, followUp).language().code()).isEqualTo(language);
    }

    /** "What will change?" after an answer about a measure asks about it; with "measures" or "overview" it asks about the editions. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Can my employer deduct the rent from my wages?     | And what will change?
            Czy pracodawca może potrącić czynsz z wypłaty?      | a co się zmieni?
            Може ли работодателят да удържа наема от заплатата? | kakvo 6te se promeni
            """)
    void whatWillChangeAfterAMeasureIsAboutIt(String question, String followUp) {
        Answer deduction = ask(question);
        assertThat(deduction.answered()).isTrue();
        Answer next = then(deduction, followUp);
        assertThat(next.kind()).as(followUp).isNotEqualTo(Answer.Kind.LIST);
        assertThat(first(next)).as(followUp).isEqualTo(first(deduction));
        assertThat(then(deduction, "What has changed since the last overview?").kind()).isEqualTo(Answer.Kind.LIST);
    }

    /** "How many is that?" after a list counts it, however much filler it has. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen zijn vertraagd?   | en hoeveel zijn dat er
            Które działania są opóźnione?       | a ile ich tam właściwie jest
            Which measures are delayed?         | and how many is that
            """)
    void howManyIsThatAfterAListCountsIt(String list, String howMany) {
        Answer delayed = ask(list);
        assertThat(delayed.kind()).isEqualTo(Answer.Kind.LIST);
        Answer count = then(delayed, howMany);
        assertThat(count.kind()).as(howMany).isEqualTo(Answer.Kind.COUNT);
        assertThat(count.citations()).extracting(Citation::id)
                .containsExactlyElementsOf(delayed.citations().stream().map(Citation::id).toList());
    }

    /** "Who deals with it?" stays with the measure: "занимава" is no word of the school subject ("занималня"). */
    @Test
    void whoDealsWithItStaysWithTheMeasure() {
        Answer digid = ask("Мога ли да получа DigiD като нерезидент?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        assertThat(first(then(digid, "кой се занимава с това?"))).isEqualTo("informatie-3");
    }

    /** "Why?" after a list of one or an answer asks about that measure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is any measure facing serious obstacles at the moment? | why
            Welke maatregel loopt vast op ernstige obstakels?      | waarom?
            Które działania mają poważne przeszkody?               | czemu?
            """)
    void whyAsksAboutTheMeasure(String question, String why) {
        Answer one = ask(question);
        assertThat(one.citations()).hasSize(1);
        Answer next = then(one, why);
        assertThat(next.answered()).as(why).isTrue();
        assertThat(first(next)).isEqualTo(first(one));
    }

    /**
     * "Where is the nearest Work in NL point?" is answered with the measure that says where they
     * are: a word for "nearest" alone asks for no address the measures lack.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Where is the nearest Work in NL information point?", "Gdzie jest najbliższy punkt Work in NL?"})
    void theNearestInformationPointIsAnswered(String question) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isTrue();
        assertThat(first(a)).isEqualTo("informatie-1");
    }

    /** "And ...?" opening a short message carries on with the measure just discussed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kan ik als niet-ingezetene een DigiD aanvragen?       | En in welke gemeenten?
            Czy jako nierezydent mogę dostać DigiD?              | A w których gminach?
            Pot obține DigiD dacă nu sunt rezident?              | Și în ce orașe anume?
            Мога ли да получа DigiD като нерезидент?             | А в кои общини?
            Can I get a DigiD as a non-resident?                  | And in which towns?
            """)
    void aShortMessageOpeningWithAndCarriesOn(String question, String followUp) {
        Answer digid = ask(question);
        assertThat(first(digid)).isEqualTo("informatie-3");
        assertThat(first(then(digid, followUp))).isEqualTo("informatie-3");
    }

    /** "And if ...?" with words of its own that another measure fits better moves on; "is that law there yet?" stays with it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mijn uitzendbureau houdt de huur in op mijn loon, mag dat?  | en als ik ontslagen word, moet ik dan direct het huis uit? | is die wet er al?
            My agency takes the rent from my wages, is that allowed?    | and if I get fired, do I have to move out the same day?    | is that law there already?
            """)
    void andIfWithWordsOfItsOwnMovesOn(String question, String andIf, String already) {
        Answer rent = ask(question);
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer fired = then(rent, andIf);
        assertThat(first(fired)).as(andIf).isEqualTo("huisvesting-7");
        assertThat(first(then(fired, already))).as(already).isEqualTo("huisvesting-7");
    }

    /**
     * Who the translation is for may follow the request ("for my manager", "pentru soția mea"), in the
     * recipients' words or in a few words no measure has ("for Ionut").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            can you write that in English for my manager   | en
            poți să scrii asta în engleză pentru șeful meu  | en
            napisz to po polsku dla mojego szefa             | pl
            can you put that in polish for my roommate       | pl
            summarise that in Dutch for our team meeting     | nl
            kun je dat in het Roemeens zetten voor mijn huisgenoten | ro
            zi-mi asta in engleza, pt sotia mea              | en
            can you say that in Romanian for Ionut           | ro
            """)
    void aRequestNamingWhoItIsForKeepsTheTopic(String request, String language) {
        Answer digid = ask("Kan ik als niet-ingezetene een DigiD aanvragen?");
        Answer again = then(digid, request);
        assertThat(again.language().code()).as(request).isEqualTo(language);
        assertThat(first(again)).as(request).isEqualTo("informatie-3");
    }

    /** "Up to how much?" after the measure that states the amount: that measure, its amount sentence first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is there a quick court procedure for small wage claims? | up to how much
            Има ли по-бърза процедура в съда за неплатена заплата?  | do kakva suma
            Czy jest szybsza procedura w sądzie o niewypłaconą pensję? | do jakiej kwoty
            """)
    void anAmountAskedAfterAMeasureThatStatesOneIsItsAmount(String question, String amount) {
        Answer court = ask(question);
        assertThat(first(court)).isEqualTo("informatie-2");
        Answer a = then(court, amount);
        assertThat(first(a)).as(amount).isEqualTo("informatie-2");
        assertThat(a.text().lines().findFirst().orElse("")).as(amount).containsPattern("5[ .,\u00a0]?000");
    }

    /**
     * "Another thing: ..." opens a new subject: the measure just discussed does not carry over to it,
     * even where its words would point back ("where do I arrange it?"), and it stays among the earlier
     * topics to go back to.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Agencja potrąca mi czynsz z wypłaty, czy to legalne?   | jeszcze jedno, potrzebuję DigiD, gdzie to załatwię
            My agency takes the rent from my wages, is that allowed? | another thing, I need a DigiD, where do I arrange it
            Mijn uitzendbureau houdt de huur in op mijn loon, mag dat? | Iets heel anders: ik heb een DigiD nodig, waar regel ik dat?
            """)
    void anotherThingOpensANewSubject(String first, String another) {
        Answer rent = ask(first);
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer digid = then(rent, another);
        assertThat(first(digid)).as(another).isEqualTo("informatie-3");
        assertThat(digid.context().earlier().measures()).contains("werk-2");
    }

    /**
     * "I have a contract with the company itself. Does that apply to me too?": the user's own case of
     * the measure just discussed, although those words alone find the measures on agencies; a sentence
     * that names a subject of its own besides asking it ("does DigiD apply to me too?") does not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My agency takes the rent from my wages, is that allowed? | I am not with an agency, I have a contract directly with the company. Does that apply to me too? | werk-2
            Agencja potrąca mi czynsz z wypłaty, czy to legalne? | a ja nie jestem z agencji, mam umowe bezposrednio z firma. mnie to tez dotyczy? | werk-2
            Agenția îmi oprește chiria din salariu, e legal? | eu nu sunt prin agenție, am contract direct cu firma. se aplica si pentru mine? | werk-2
            Агенцията ми удържа наема от заплатата, законно ли е? | аз не съм чрез агенция, имам договор директно с фирмата. важи ли и за мен? | werk-2
            My agency takes the rent from my wages, is that allowed? | I need a DigiD. Does DigiD apply to me too? | informatie-3
            Agencията ми удържа наема от заплатата, законно ли е? | a ako brat mi ima dogovor direktno s firmata, bez agenciq, za nego vaji li? | werk-2
            My agency takes the rent from my wages, is that allowed? | my brother rents from a private landlord, not from the agency: does it apply to him too? | werk-2
            My agency takes the rent from my wages, is that allowed? | for my wife too? | werk-2
            Mijn uitzendbureau houdt de huur in op mijn loon, mag dat? | en ook voor mijn broer? | werk-2
            Agencja potrąca mi czynsz z wypłaty, czy to legalne? | a dla mojej żony też? | werk-2
            Agenția îmi oprește chiria din salariu, e legal? | și pentru soția mea? | werk-2
            Agenția îmi oprește chiria din salariu, e legal? | si pt sotul meu la fel? el e la alta agentie | werk-2
            Mijn uitzendbureau houdt de huur in op mijn loon, mag dat? | En voor mijn vrouw ook? Zij werkt bij een ander bureau. | werk-2
            Agenția îmi oprește chiria din salariu, e legal? | si pt sotul meu la fel? si el unde poate face cursuri de olandeza | informatie-4
            Агенцията ми удържа наема от заплатата, законно ли е? | а и за жена ми? | werk-2
            """)
    void doesThatApplyToMeTooStaysWithTheMeasureJustDiscussed(String first, String followUp, String expected) {
        Answer rent = ask(first);
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(first(then(rent, followUp))).as(followUp).isEqualTo(expected);
    }

    /** "For my * too" stands for a person: "for my insurance too?" names a subject of its own and is searched. */
    @Test
    void forMyInsuranceTooIsAQuestionOfItsOwn() {
        Answer rent = ask("My agency takes the rent from my wages, is that allowed?");
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer insurance = then(rent, "And for my health insurance too?");
        assertThat(insurance.citations()).extracting(Citation::id).contains("zorg-1");
        assertThat(first(insurance)).isNotEqualTo("werk-2");
    }

    /**
     * "Does that apply to me too?" is no reason to answer a case the measures do not cover ("als
     * zzp'er": declined), nor to drop a question asked after it or before it.
     */
    @Test
    void meTooDoesNotOverrideADeclineOrAnotherQuestion() {
        Answer rent = ask("Mijn uitzendbureau houdt de huur in op mijn loon, mag dat?");
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer selfEmployed = then(rent, "Geldt dat ook voor mij als zzp'er?");
        assertThat(selfEmployed.answered()).isFalse();
        Answer school = ask("Fiica mea rămâne în urmă la școală pentru că nu știe olandeză. Școala primește vreun ajutor pentru asta?");
        assertThat(first(then(school, "Și pentru mine? Există cursuri de olandeză?"))).isEqualTo("informatie-4");
    }

    /** A short story of a few sentences after an answer is read on its own, though each sentence has "it" or "that" in it. */
    @Test
    void aShortStoryAfterAnAnswerIsNoFollowUp() {
        Answer rent = ask("My agency takes the rent from my wages, is that allowed?");
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer story = then(rent, "They took my passport and won't give it back. They say I owe them money. Is that legal?");
        assertThat(first(story)).isEqualTo("handhaving-7");
    }

    /** "And for me, are there Dutch courses?": a question of its own after "for me" in the same sentence is no "me too". */
    @Test
    void forMeBeforeAQuestionOfItsOwnIsNoMeToo() {
        Answer school = ask("Fiica mea rămâne în urmă la școală pentru că nu știe olandeză. Școala primește vreun ajutor pentru asta?");
        assertThat(first(school)).isEqualTo("zorg-5");
        assertThat(first(then(school, "Și pentru mine, există cursuri de olandeză?"))).isEqualTo("informatie-4");
    }

    /** Two short follow-ups in one message ("and when will that change? is there a law on it yet?") are still a follow-up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hej, agencja mowi ze jak skonczy sie kontrakt to musze sie wyprowadzic z ich domu w tydzien. czy tak moga? | a kiedy to sie zmieni? jest juz jakies prawo na to?
            My agency says that when my contract ends I must move out of their house within a week. Can they do that? | and when will that change? is there already a law for it?
            """)
    void twoShortFollowUpsInOneMessageAreAFollowUp(String first, String followUp) {
        Answer housing = ask(first);
        assertThat(first(housing)).isEqualTo("huisvesting-7");
        assertThat(first(then(housing, followUp))).as(followUp).isEqualTo("huisvesting-7");
    }

    /**
     * A short follow-up that the measure just discussed fits nearly as well as the best match goes on
     * with it: "where do I look for help in Bulgarian?" right after the answer on going to court for unpaid wages.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            shefa mi dalzhi zaplata za 2 meseca, moga li da go dam na sad | kude da tursq pomosht na bulgarski
            My employer owes me two months of wages, can I take him to court? | where do I look for help in Polish
            """)
    void aFollowUpTheLastMeasureFitsNearlyAsWellGoesOnWithIt(String first, String followUp) {
        Answer wages = ask(first);
        assertThat(first(wages)).isEqualTo("informatie-2");
        assertThat(first(then(wages, followUp))).as(followUp).isEqualTo("informatie-2");
    }

    /** "Something else" that runs on without a colon, comma or dash asks what else about the same ("Altceva ce pot face?"). */
    @ParameterizedTest
    @ValueSource(strings = {"Altceva ce pot face?", "altceva ce pot face"})
    void whatElseWithoutPunctuationStaysWithTheMeasure(String followUp) {
        Answer rent = ask("Agenția îmi oprește chiria din salariu, e legal?");
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer a = then(rent, followUp);
        assertThat(a.answered()).as(followUp).isTrue();
        assertThat(first(a)).as(followUp).isEqualTo("werk-2");
    }

    /** "Is er al een ...?" asks whether something exists: a question of its own, not "is it done?" about the last measure. */
    @Test
    void isThereAlreadyAsksItsOwnQuestion() {
        Answer rent = ask("My agency takes the rent from my wages, is that allowed?");
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(first(then(rent, "Is er al een regeling voor seizoenwerkers?"))).isNotEqualTo("werk-2");
    }

    /** Whatever could not be answered, asking for it in English says the same in English and never fails. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ile kosztuje badanie?
            ile to kosztuje za miesiąc?
            Cât costă un abonament la sală?
            Cum stiu daca agentia mea e ok? am auzit ca o sa aiba nevoie de un fel de licenta
            What is the phone number of the Juridisch Loket?
            """)
    void anUnansweredMessageAskedForInEnglish(String question) {
        Answer first = ask(question);
        assertThat(first.answered()).as(question).isFalse();
        Answer english = then(first, "in English please");
        assertThat(english.language().code()).as(question).isEqualTo("en");
        assertThat(english.answered()).as(question).isFalse();
    }

    /** Words after "for" that are no person make their own question, not a request to translate. */
    @Test
    void forAndASubjectIsNoRequestToTranslate() {
        Answer rent = ask("My agency takes the rent from my wages, is that allowed?");
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(first(then(rent, "In English for the health insurance?"))).isNotEqualTo("werk-2");
    }

    /**
     * A message of a few words gets only the usual choices (huisvesting-2 scores well but holds too
     * little of it: offered so only in a long message); asked again in English, the same ones.
     */
    @Test
    void aShortUnsureMessageGetsNoLongMessageChoices() {
        Answer a = ask("ile to kosztuje za miesiąc?");
        assertThat(a.answered()).isFalse();
        assertThat(a.suggestions()).extracting(Suggestion::id).doesNotContain("huisvesting-2");
        Answer english = then(a, "po angielsku");
        assertThat(english.language().code()).isEqualTo("en");
        assertThat(english.answered()).isFalse();
        assertThat(english.suggestions()).extracting(Suggestion::id).isEqualTo(a.suggestions().stream().map(Suggestion::id).toList());
    }

    /** Asked to say it in another language before anything was answered, the choices come again in that language. */
    @Test
    void aLanguageRequestAfterChoicesGivesTheChoicesInThatLanguage() {
        Answer choices = ask("Cum stiu daca agentia mea e ok? am auzit ca o sa aiba nevoie de un fel de licenta");
        assertThat(choices.kind()).isEqualTo(Answer.Kind.CLARIFY);
        Answer english = then(choices, "can you write that in English for my wife");
        assertThat(english.language().code()).isEqualTo("en");
        assertThat(english.kind()).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(english.suggestions()).extracting(Suggestion::id).isEqualTo(choices.suggestions().stream().map(Suggestion::id).toList());
    }

    /** "En 2a?" after a registration measure is registration 2a; a bare number needs the word for measure. */
    @Test
    void aNumberAloneAfterAMeasureIsAnotherOfItsTheme() {
        Answer six = ask("Wat is de status van maatregel registratie 6?");
        assertThat(first(six)).isEqualTo("registratie-6");
        assertThat(first(then(six, "en 2a?"))).isEqualTo("registratie-2a");
        assertThat(first(then(six, "and measure 4?"))).isEqualTo("registratie-4");
        assertThat(first(then(six, "a środek 8?"))).isEqualTo("registratie-8");
    }

    /** With no language chosen, a greeting of one language only is answered in it; one of several languages in English. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hallo!   | nl
            hoi      | nl
            Salut    | ro
            hello    | en
            hey      | en
            """)
    void aGreetingWithNoLanguageChosenIsAnsweredInItsLanguage(String greeting, String language) {
        Answer a = ask(greeting);
        assertThat(a.kind()).isEqualTo(Answer.Kind.GREETING);
        assertThat(a.language().code()).isEqualTo(language);
    }

    @Test
    void aGreetingFollowsTheChosenLanguage() {
        Answer a = assistant.ask("Hallo!", Optional.of(Language.PL));
        assertThat(a.language()).isEqualTo(Language.PL);
    }

    /** Where a measure is carried out ("in which towns?") is asked about the measure just discussed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Zijn er al Work in NL-punten waar ik met vragen terecht kan? | In hoeveel steden zijn ze er nu?
            Are there Work in NL points where I can ask my questions?     | How many cities have one now?
            """)
    void whereItIsCarriedOutStaysWithTheMeasure(String question, String followUp) {
        Answer points = ask(question);
        assertThat(first(points)).isEqualTo("informatie-1");
        assertThat(first(then(points, followUp))).isEqualTo("informatie-1");
    }

    @Test
    void aQuestionNamingItsOwnSubjectStartsAfresh() {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji.");
        Answer digid = then(room, "Jak mogę dostać DigiD, jeśli nie mieszkam w Holandii?");
        assertThat(first(digid)).isEqualTo("informatie-3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who is playing football tonight in Rotterdam?",
            "Wie speelt er vanavond voetbal, Ajax of Feyenoord?",
            "A kto wygrał wczoraj mecz piłki nożnej?"})
    void aShortQuestionAboutSomethingNoMeasureKnowsIsNoFollowUp(String offTopic) {
        Answer wages = ask("Can my agency take money from my wage for the room?");
        assertThat(wages.answered()).isTrue();
        Answer next = then(wages, offTopic);
        assertThat(next.answered()).as(offTopic).isFalse();
        assertThat(next.citations()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"wanneer horen we daar meer over?", "is that already in force or just plans?"})
    void aFollowUpWithAnEverydayWordTheMeasuresLackStillCarriesOn(String followUp) {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji.");
        Answer next = then(room, followUp);
        assertThat(first(next)).as(followUp).isEqualTo(first(room));
    }

    /** A word a not-covered subject has ("dni" of leave, "phone") does not end the conversation when the measure just discussed fits best. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Straciłem pracę. Czy mam jeszcze ubezpieczenie zdrowotne?                        | ile dni?  | zorg-1
            Is there anywhere I can get help in Polish near Eindhoven? Problem with my landlord | by phone? | informatie-2
            """)
    void aShortFollowUpThatFitsTheLastMeasureBestCarriesOn(String question, String followUp, String measure) {
        Answer answer = ask(question);
        assertThat(first(answer)).isEqualTo(measure);
        Answer next = then(answer, followUp);
        assertThat(next.answered()).as(followUp).isTrue();
        assertThat(first(next)).as(followUp).isEqualTo(measure);
    }

    /** A long message whose best matches hold only a few of its words offers them; "since when?" then asks again which. */
    @Test
    void aLongUnsureMessageOffersChoicesAndAnAspectAsksAgainWhich() {
        Answer unsure = ask("Cum stiu daca agentia mea e ok? am auzit ca o sa aiba nevoie de un fel de licenta");
        assertThat(unsure.answered()).isFalse();
        assertThat(unsure.kind()).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(unsure.suggestions()).extracting(Suggestion::id).contains("werk-1");
        Answer since = then(unsure, "de cand");
        assertThat(since.kind()).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(since.suggestions()).isEqualTo(unsure.suggestions());
        assertThat(first(then(since, "primul"))).isEqualTo(unsure.suggestions().getFirst().id());
    }

    /** "Change" and "online" are how the question is asked, not the insurance or internet subjects the measures do not cover. */
    @ParameterizedTest
    @ValueSource(strings = {"записан съм в рни мога ли да си сменя адреса по интернет без да ходя на гише",
            "Can I change my address online?"})
    void anEverydayWordOfAnUncoveredSubjectDoesNotDeclineTheQuestion(String question) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(question).isTrue();
        assertThat(first(answer)).as(question).startsWith("registratie-");
    }

    /** Leaving the job and then the house "the same day" is the rent protection's subject, not leave from work. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            agency says if i quit i have to leave the house same day is that legal??                      | en
            Работодателят ми каза, че ако напусна, губя и квартирата още същия ден. Вярно ли е?           | bg
            Agencja mówi, że jeśli odejdę z pracy, muszę się od razu wyprowadzić z kwatery. Czy to legalne? | pl
            Agenția spune că dacă demisionez trebuie să plec din casă imediat. E legal?                   | ro
            """)
    void quittingTheJobAndTheHouseIsAboutTheRentProtection(String question, String language) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isTrue();
        assertThat(first(a)).as(question).isEqualTo("huisvesting-7");
        assertThat(a.language()).isEqualTo(Language.fromCode(language).orElseThrow());
    }

    /**
     * Doubting the answer and telling what one heard is about that answer, though the words heard
     * ("only the client company is responsible") find another measure; a doubt followed by a question
     * of its own is read as that question. "Explain it to him too, in Romanian" is a language request.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            are you sure? the agency says only the client company is responsible | en
            Jesteś pewien? Agencja mówi, że odpowiada tylko firma, u której pracuję | pl
            Weet je dat zeker? Het bureau zegt dat alleen de inlener verantwoordelijk is. | nl
            Ești sigur? Agenția zice că doar firma unde lucrez răspunde. | ro
            Сигурен ли си? Агенцията казва, че отговаря само фирмата, където работя. | bg
            """)
    void doubtingTheAnswerStaysWithIt(String doubt, String language) {
        Answer accident = ask("Does the agency have to report an accident at work?");
        assertThat(first(accident)).isEqualTo("werk-6");
        Answer doubted = then(accident, doubt);
        assertThat(first(doubted)).as(doubt).isEqualTo("werk-6");
        assertThat(doubted.language().code()).isEqualTo(language);
        Answer inRomanian = then(doubted, "Poți să-i explici și lui, în română?");
        assertThat(first(inRomanian)).isEqualTo("werk-6");
        assertThat(inRomanian.language()).isEqualTo(Language.RO);
        Answer digid = then(accident, "Ok, are you sure? I have another question: where do I apply for DigiD?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        Answer askedAnew = then(accident, "Really? Who can I ask about DigiD then?");
        assertThat(first(askedAnew)).isEqualTo("informatie-3");
    }

    /**
     * A doubt cue that opens a message of its own is no doubt: "Naprawdę nie wiem, co robić",
     * "Czy to prawda, że ...?" (the usual way to ask about a rumour), "Seriously injured at work".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Czy to prawda, że mogę dostać DigiD bez adresu w Holandii? | informatie-3
            Seriously, where do I apply for DigiD?                     | informatie-3
            Na pewno mogę dostać DigiD, jeśli nie mieszkam w Holandii?  | informatie-3
            """)
    void aDoubtCueOpeningAQuestionOfItsOwnIsNoDoubt(String question, String expected) {
        Answer accident = ask("Does the agency have to report an accident at work?");
        assertThat(first(then(accident, question))).as(question).isEqualTo(expected);
    }

    /**
     * After the count of the completed housing measures, "that rent protection" is not one of them:
     * the letter's passage that names the rent protection first and the landlord act after it does
     * not make the landlord act the item meant. "Precies" (exactly) says nothing of its own.
     */
    @Test
    void aMeasureNamedAfterAListIsNotTheListsItemItsTopicNamesBeside() {
        Answer delayed = ask("Welke maatregelen zijn vertraagd?");
        Answer housing = then(delayed, "En alleen die van huisvesting?");
        Answer completed = then(housing, "Hoeveel zijn er in dat thema afgerond?");
        assertThat(completed.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(completed.citations()).extracting(Citation::id).doesNotContain("huisvesting-7");
        Answer rent = then(completed, "Wat is er precies aan de hand met die huurbescherming?");
        assertThat(rent.answered()).isTrue();
        assertThat(first(rent)).isEqualTo("huisvesting-7");
    }

    /**
     * A measure shown beside the answer becomes the subject when the message is sure of it and the
     * measure just discussed is not even among its best matches ("and the insurance, is it still
     * valid?" after the rent protection, with health insurance shown beside it).
     */
    @Test
    void aMeasureShownBesideIsTheSubjectWhenTheLastIsLeftBehind() {
        Answer house = ask("s-a terminat sezonul si uitzendul ne da afara din vakantiehuisje in 2 zile. au voie?");
        assertThat(first(house)).isEqualTo("huisvesting-7");
        assertThat(house.suggestions()).extracting(Suggestion::id).contains("zorg-1");
        assertThat(first(then(house, "si cu asigurarea cum ramane, mai e valabila?"))).isEqualTo("zorg-1");
    }

    /** "Dutch" with its capital is a language, not a place's name that no measure need have: "learn Dutch" is a subject. */
    @Test
    void aLanguageWithItsCapitalIsNoName() {
        Answer school = ask("will the school help my son? he only speaks Polish");
        assertThat(first(school)).isEqualTo("zorg-5");
        assertThat(first(then(school, "and my wife, can she learn Dutch somewhere cheap?"))).isEqualTo("informatie-4");
    }

    /** "The same day" belongs to no measure: a question about getting a BSN that day is not about losing the room. */
    @ParameterizedTest
    @ValueSource(strings = {"Czy dostanę BSN tego samego dnia?", "Ще получа ли BSN още същия ден?", "Primesc BSN in aceeasi zi?"})
    void theSameDayAloneIsNoRentProtection(String question) {
        assertThat(first(ask(question))).as(question).isNotEqualTo("huisvesting-7");
    }

    /** Leave from work is still not covered when it is asked about in words of leave, not of leaving. */
    @ParameterizedTest
    @ValueSource(strings = {"how much leave do I get per year?", "can I take unpaid leave to go home?",
            "kolko godini zatvor 6te dadat na 6efa mi"})
    void leaveFromWorkAndPrisonYearsAreDeclined(String question) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isFalse();
        assertThat(a.kind()).as(question).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    /**
     * A subject's own word that the folded fields shorten to a word the measures have ("kinderbijslag"
     * to "kinder", as "kinderen") still counts as the subject's alone; the children's school and a
     * DigiD application are still answered.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoe vraag ik kinderbijslag aan voor mijn kinderen die nog in Polen wonen? | NOT_COVERED |
            Hoe hoog wordt mijn WW als ik na 8 maanden werken ontslagen word?       | NOT_COVERED |
            Ik ben mijn DigiD ww kwijt, wat nu?                                      | TOPIC       | informatie-3
            Mijn kinderen gaan hier naar school, krijgt de school extra hulp?        | TOPIC       | zorg-5
            Къде мога да кандидатствам за DigiD?                                     | TOPIC       | informatie-3
            """)
    void aSubjectsWholeWordIsNotTheMeasuresShortenedOne(String question, Answer.Kind kind, String measure) {
        Answer answer = ask(question);
        assertThat(answer.kind()).as(question).isEqualTo(kind);
        if (measure != null) {
            assertThat(first(answer)).as(question).isEqualTo(measure);
        }
    }

    /** "Ok, and how about ...?" names a subject of its own: "ok" and "zit" are only how it is asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ok, en hoe zit het met taalles?   | informatie-4
            ok, and what about language courses? | informatie-4
            """)
    void howAboutANewSubjectLeavesTheLastMeasure(String followUp, String measure) {
        Answer rent = ask("Mijn werkgever houdt elke maand 300 euro van mijn loon in voor de huur van mijn kamer.");
        assertThat(rent.answered()).isTrue();
        assertThat(first(then(rent, followUp))).as(followUp).isEqualTo(measure);
    }

    /** "Say it simpler / shorter": the measure just discussed again, only what it means for the reader and its status. */
    @ParameterizedTest
    @ValueSource(strings = {"Kan dat wat simpeler? Ik snap er eerlijk gezegd niks van.", "Krócej, w dwóch zdaniach proszę",
            "Poți să explici mai simplu?", "По-накратко, моля.", "shorter please, I don't understand"})
    void askedToSayItSimplerTheSameMeasureComesShorter(String followUp) {
        Answer full = ask("Do I have to register with the municipality if I work here for a short time?");
        Answer shorter = then(full, followUp);
        assertThat(shorter.answered()).as(followUp).isTrue();
        assertThat(first(shorter)).as(followUp).isEqualTo(first(full));
        assertThat(shorter.parts()).as(followUp).noneMatch(p -> p instanceof AnswerPart.Section).hasSizeLessThan(full.parts().size());
    }

    /** "Free?", "seriously?" right after an answer are about it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Waar kan ik gratis juridisch advies krijgen over mijn ontslag? | Gratis?
            kade moga da polucha pravna pomosht na bulgarski              | bezplatno li e
            Where can I get legal help about my dismissal?                  | seriously?
            """)
    void freeOrSeriouslyIsAboutTheMeasureJustDiscussed(String question, String followUp) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(question).isTrue();
        Answer next = then(answer, followUp);
        assertThat(next.answered()).as(followUp).isTrue();
        assertThat(first(next)).as(followUp).isEqualTo(first(answer));
    }

    /** A request to say it in another language with why, in a sentence or clause of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Poți să mi-l scrii și în engleză? Șeful meu nu vorbește română.       | en
            Можеш ли да го напишеш на нидерландски, за да го покажа на хазяина?   | nl
            """)
    void aLanguageRequestMaySayWhy(String request, String language) {
        Answer accident = ask("Colegul meu a căzut de pe schelă și agenția nu a anunțat accidentul. E obligată să-l raporteze?");
        assertThat(first(accident)).isEqualTo("werk-6");
        Answer again = then(accident, request);
        assertThat(again.language().code()).as(request).isEqualTo(language);
        assertThat(first(again)).as(request).isEqualTo("werk-6");
    }

    /**
     * "Where can I get help with this?" is answered with the help the sources name (the help topic's
     * measures), the measure just discussed beside it; "can I report it anonymously?" stays with it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Waar kan ik met zoiets terecht voor hulp? | nl
            Ce să facă el acum, unde să meargă?       | ro
            Who can help me with that?                 | en
            """)
    void askingWhereToGetHelpGivesTheHelpTheSourcesName(String followUp, String language) {
        Answer wage = ask("My employer pays me less than the minimum wage.");
        assertThat(first(wage)).isEqualTo("werk-4");
        Answer help = then(wage, followUp);
        assertThat(help.answered()).as(followUp).isTrue();
        assertThat(first(help)).as(followUp).isIn("informatie-1", "informatie-2");
        assertThat(help.citations()).extracting(Citation::id).as(followUp).contains("werk-4");
    }

    @Test
    void askingWhereToReportItStaysWithTheMeasure() {
        Answer landlord = ask("My landlord walks into my room without asking. Is there a place to report this?");
        assertThat(first(landlord)).isEqualTo("huisvesting-1");
        assertThat(first(then(landlord, "can I report it anonymously?"))).isEqualTo("huisvesting-1");
        assertThat(first(then(landlord, "where can I get help?"))).isEqualTo("huisvesting-1");
    }

    /**
     * Choices asked for after an answer are what "since when?" is about next, not the measure answered
     * before them. (The choices come from a reference to three measures, "registratie 2": the words of
     * an unsure question stop being unsure as the data grows, as "caravans are banned?" did.)
     */
    @Test
    void anAspectRightAfterChoicesThatFollowedAnAnswerAsksAgainWhich() {
        Answer rent = ask("May the agency take the rent for my room from my wage?");
        assertThat(first(rent)).isEqualTo("werk-2");
        Answer choices = then(rent, "registratie 2");
        assertThat(choices.kind()).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(choices.suggestions()).extracting(Suggestion::id).doesNotContain("werk-2");
        Answer since = then(choices, "since when");
        assertThat(since.kind()).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(since.suggestions()).isEqualTo(choices.suggestions());
    }

    /** "Allowed" is an everyday word, not the allowance subject the measures do not cover, though both stem to "allow". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Is a caravan allowed?                               | huisvesting-2
            Are eight people in one room allowed?               | huisvesting-2
            """)
    void allowedIsNotReadAsAnAllowance(String question, String measure) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(question).isTrue();
        assertThat(first(answer)).as(question).isEqualTo(measure);
        Answer allowance = ask("Can I get a rent allowance?");
        assertThat(allowance.answered()).isFalse();
        assertThat(allowance.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    /** After a list, "which of them is about X?" names an item in its own words; after a count, "list them" lists. */
    @Test
    void anItemNamedWithoutAnAspectIsAnsweredAndListThemAfterACountLists() {
        Answer enforcement = ask("Ce măsuri sunt în tema control și aplicarea legii?");
        assertThat(enforcement.kind()).isEqualTo(Answer.Kind.LIST);
        Answer exchange = then(enforcement, "Care dintre ele se ocupă de schimbul de date între instituțiile de control?");
        assertThat(exchange.kind()).isEqualTo(Answer.Kind.TOPIC);
        assertThat(first(exchange)).isEqualTo("handhaving-6");

        Answer count = ask("How many measures are ongoing?");
        assertThat(count.kind()).isEqualTo(Answer.Kind.COUNT);
        Answer listed = then(count, "list them");
        assertThat(listed.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(listed.citations()).isEqualTo(count.citations());
        assertThat(then(count, "Care sunt acestea?").kind()).isEqualTo(Answer.Kind.LIST);
    }

    @Test
    void anItemNamedInAListsOwnWordsIsAnsweredNotTheListAgain() {
        Answer delayed = ask("Which measures on work are delayed?");
        assertThat(delayed.kind()).isEqualTo(Answer.Kind.LIST);
        Answer why = then(delayed, "why is the responsible business one delayed");
        assertThat(why.answered()).isTrue();
        assertThat(why.citations()).extracting(Citation::id).containsExactly("werk-5");
        // Still a refinement when it narrows the list.
        assertThat(then(ask("Which measures on work are not completed?"), "which of these are delayed?").citations())
                .extracting(Citation::id).containsExactlyInAnyOrder("werk-4", "werk-5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"kakuv e statusa na tozi zakon", "jaki jest status tego przepisu", "What is the status of this rule?"})
    void theStatusOfThisLawIsTheStatusOfTheMeasureJustDiscussed(String followUp) {
        Answer digid = ask("Jak mogę dostać DigiD, jeśli nie mieszkam w Holandii?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        Answer status = then(digid, followUp);
        assertThat(status.answered()).as(followUp).isTrue();
        assertThat(first(status)).as(followUp).isEqualTo("informatie-3");
    }

    @Test
    void theSecondOneOfAListIsAnswered() {
        Answer delayed = ask("Welke maatregelen zijn vertraagd?");
        Answer second = then(delayed, "Vertel meer over de tweede.");
        assertThat(first(second)).isEqualTo(delayed.citations().get(1).id());
    }

    /** "The last one" is the last item of the list just shown, however long. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Welke maatregelen zijn vertraagd?     | En de laatste?
            Które działania są opóźnione?         | ostatnia, o co w niej chodzi
            Care măsuri sunt întârziate?          | ultima, despre ce e vorba
            Кои мерки са забавени?                | a poslednata
            Which measures are delayed?           | tell me more about the last one
            """)
    void theLastOneOfAListIsAnswered(String list, String last) {
        Answer delayed = ask(list);
        assertThat(delayed.citations()).hasSizeGreaterThan(2);
        Answer answer = then(delayed, last);
        assertThat(first(answer)).as(last).isEqualTo(delayed.citations().getLast().id());
    }

    /**
     * Right after an answer, "all" beside a theme word speaks of that answer, or of the RNI desks
     * closing ("at all RNI desks?"); a list is still asked for plainly.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            does it work at all RNI desks?                   | registratie-2b registratie-8
            merge la toate ghiseele RNI?                     | registratie-2b registratie-8
            Could you please list everything under housing?  | -
            """)
    void allBesideAThemeAfterAnAnswerIsAboutIt(String followUp, String expected) {
        Answer online = ask("Can I fill in my RNI registration online before I go to the desk?");
        assertThat(first(online)).isEqualTo("registratie-2b");
        Answer a = then(online, followUp);
        if (expected.equals("-")) {
            assertThat(a.kind()).as(followUp).isEqualTo(Answer.Kind.LIST);
        } else {
            assertThat(a.kind()).as(followUp).isEqualTo(Answer.Kind.TOPIC);
            assertThat(first(a)).as(followUp).isIn((Object[]) expected.split(" "));
        }
    }

    /** After an answer (not a list), "the last" is an adjective of the question: it does not jump to the last suggestion. */
    @ParameterizedTest
    @ValueSource(strings = {"a ostatnia wypłata?", "en de laatste dag?", "and the last payslip?"})
    void theLastAfterAnAnswerIsNoListItem(String followUp) {
        Answer rent = ask("Agencja potrąca mi czynsz z wypłaty, czy to legalne?");
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(rent.citations()).hasSizeGreaterThan(1);
        Answer a = then(rent, followUp);
        assertThat(a.citations().isEmpty() ? "" : first(a)).as(followUp).isNotEqualTo(rent.citations().getLast().id());
    }

    @Test
    void anItemOfTheLastListIsFoundByWhatItIsAbout() {
        Answer delayed = ask("Welke maatregelen zijn vertraagd?");
        Answer marks = then(delayed, "Vertel me meer over die met de keurmerken.");
        assertThat(marks.citations()).extracting(Citation::id).first().isEqualTo("huisvesting-2");
        Answer payroll = then(delayed, "and that one about the payroll tax feedback?");
        assertThat(payroll.citations()).extracting(Citation::id).first().isEqualTo("registratie-5");
    }

    @Test
    void aClarificationIsReadWithTheUnansweredMessage() {
        Answer vague = ask("vraagje over de gemeente");
        assertThat(vague.answered()).isFalse();
        assertThat(vague.context().pending()).isEqualTo("vraagje over de gemeente");
        Answer clearer = then(vague, "mag die ook controleren zonder aankondiging?");
        assertThat(first(clearer)).isEqualTo("handhaving-3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How much is the child benefit in the Netherlands?        | en
            Hoe hoog is het minimumloon per uur?                     | nl
            Ile wynosi zasiłek dla bezrobotnych w Holandii?          | pl
            Cum îmi reînnoiesc pașaportul românesc?                  | ro
            Как да си сменя шофьорската книжка с холандска?          | bg
            Can I get a loan from the bank to buy a car?             | en
            What is the phone number of the Juridisch Loket?         | en
            Care este programul cu publicul la primărie?             | ro
            Can I get Dutch child benefit for my kids in Romania?    | en
            Jaki jest dzisiaj kurs euro do złotówki?                 | pl
            si banii de la belastingdienst cum ii recuperez?         | ro
            How do I get my money back from the belastingdienst?     | en
            """)
    void nearMissesAreDeclinedHonestlyInTheirLanguage(String question, String language) {
        Answer a = ask(question);
        assertThat(a.answered()).isFalse();
        assertThat(a.citations()).isEmpty();
        assertThat(a.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
        assertThat(a.language().code()).isEqualTo(language);
        // Where to get personal help, as the sources name it.
        assertThat(a.text()).contains("Juridisch Loket");
    }

    @Test
    void whatIsAskedWinsOverTheCircumstancesTold() {
        Answer a = ask("We sleep with six people in one room and the window does not open. "
                + "Is it legal that the agency takes 300 euro from my pay for the room?");
        assertThat(a.answered()).isTrue();
        assertThat(a.citations().stream().limit(3).map(Citation::id)).contains("werk-2");
    }

    /**
     * "Can they do that?" asks about what was told just before it: that sentence is the question's
     * point, the rest (the room, the rent deduction) its circumstances.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "De werkgever houdt elke week 120 euro van mijn loon in voor een bed in een kleine kamer. "
                    + "Gisteren zei de planner dat ik het huis op de dag dat mijn contract stopt moet verlaten. Mag dat?",
            "Агенцията ми удържа по 120 евро седмично от заплатата за легло в малка стая. "
                    + "Вчера координаторът каза, че когато договорът свърши, трябва да напусна къщата още същия ден. Могат ли така?",
    })
    void aShortQuestionAsksAboutTheSentenceBeforeIt(String question) {
        Answer a = ask(question);
        assertThat(a.answered()).isTrue();
        assertThat(a.citations().getFirst().id()).isEqualTo("huisvesting-7");
    }

    /**
     * Said in the words people use, each finds its measure, not an uncovered subject that shares a
     * word (wage amounts, transport, cars) or a neighbour: money taken from the wage for the room
     * (werk-2), paying for the journey before the work starts (werk-2: no debts before work),
     * sleeping in the car (shelter), a rental contract apart from the work contract (huisvesting-1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            imi iau bani pentru camera din salariu | werk-2
            they take money from my pay for the bed | werk-2
            взимат ми от заплатата за стаята всяка седмица | werk-2
            My agency wants me to pay back the travel costs before I have started. Is that allowed? | werk-2
            Agencja każe mi zapłacić za busa, zanim zacznę pracę. Czy może? | werk-2
            Агенцията иска да платя за автобуса, преди да започна работа. Имат ли право? | werk-2
            lost my job and the room, now I sleep in my car, what can I do | zorg-3 zorg-4
            straciłem pracę i kwaterę, śpię w samochodzie, co robić | zorg-3 zorg-4
            am rămas fără serviciu și fără cameră, dorm în mașină, ce pot face | zorg-3 zorg-4
            agentia zice ca chiria e in contractul de munca, nu trebuie sa fie separate? | huisvesting-1
            Czy umowa najmu z agencji nie powinna być osobna, a nie w umowie o pracę? | huisvesting-1
            Трябва ли договорът за квартирата да е отделен от трудовия договор? | huisvesting-1
            Het uitzendbureau vroeg 250 euro inschrijfgeld voor ik begin, mag dat? | werk-2
            The agency charged me an admin fee before I even started, is that legal? | werk-2
            Kan de gemeente onverwacht langskomen in zo'n huis?              | handhaving-3
            Czy gmina przychodzi niespodziewanie sprawdzać takie kwatery?   | handhaving-3
            We wonen alleen in het seizoen op een camping in caravans, mag dat nog? | huisvesting-2
            Mieszkamy w przyczepach tylko na sezon, czy to w ogóle dozwolone? | huisvesting-2
            Stăm în rulote doar pe timpul sezonului, e voie așa ceva?         | huisvesting-2
            Живеем в каравани само за сезона, позволено ли е това?           | huisvesting-2
            We live in touring caravans for the season only, is that still allowed? | huisvesting-2
            Przeprowadziłem się do innego miasta, jak zgłosić nowy adres?     | registratie-2c
            Agenția e obligată să anunțe inspecția muncii dacă un coleg se rănește grav? | werk-6
            Od marca nie dostaję pasków, szef mówi że papiery zginęły. Jak mam udowodnić, że mi nie dopłacili? | werk-4
            Шефът казва, че листовете с часовете са изгубени. Как да докажа, че не ми е платил всичко? | werk-4
            """)
    void wordsPeopleUseFindTheirMeasure(String question, String expected) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isTrue();
        assertThat(a.citations().getFirst().id()).as(question).isIn((Object[]) expected.split(" "));
    }

    /** An adult learning Dutch is the integration measure's, not the schools' (whose words are about children falling behind). */
    @ParameterizedTest
    @ValueSource(strings = {"Where can I learn Dutch for free?", "Unde pot învăța limba olandeză?", "Как да науча холандски език?"})
    void learningDutchAsAnAdultIsNotAboutSchools(String question) {
        Answer a = ask(question);
        assertThat(first(a)).as(question).isEqualTo("informatie-4");
        assertThat(a.citations()).extracting(Citation::id).as(question).doesNotContain("zorg-5");
    }

    /** The amount of the minimum wage is in no measure: asked however, it is declined, not answered with one. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Hoe hoog is tegenwoordig eigenlijk het minimumloon?",
            "Ile teraz mniej więcej wynosi minimalna stawka godzinowa?",
            "Care este acum salariul minim pe oră?",
            "Каква е в момента минималната заплата на час?",
            "What is the current minimum hourly wage?",
    })
    void theAmountOfTheMinimumWageIsDeclined(String question) {
        Answer a = ask(question);
        assertThat(a.answered()).isFalse();
        assertThat(a.citations()).isEmpty();
    }

    /**
     * What health insurance costs is in no measure: the insurance measure's "100% digital GP" is no
     * amount, so its answer would not answer; declined, alone or as a follow-up.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Ile kosztuje ubezpieczenie zdrowotne miesięcznie?", "How much does health insurance cost a month?"})
    void whatHealthInsuranceCostsIsDeclined(String question) {
        Answer alone = ask(question);
        assertThat(alone.answered()).as(question).isFalse();
        assertThat(alone.citations()).isEmpty();
        Answer insurance = ask("My contract ended. Am I still insured for health care?");
        assertThat(first(insurance)).isEqualTo("zorg-1");
        Answer followUp = then(insurance, question);
        assertThat(followUp.answered()).as(question).isFalse();
    }

    @Test
    void anAmountAskedAfterAnotherSubjectIsDeclinedNotAnsweredWithTheLastMeasure() {
        Answer digid = ask("Kan ik als niet-ingezetene een DigiD aanvragen?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        Answer wage = then(digid, "En wat is het minimumloon nu eigenlijk?");
        assertThat(wage.answered()).isFalse();
        assertThat(wage.citations()).isEmpty();
    }

    /** Home countries and the Netherlands tell where the asker is from, not what the question is about. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Who wins tonight, Poland or the Netherlands?",
            "Wie wint er vanavond, Polen of Nederland?",
            "Kto wygra dziś, Polska czy Holandia?",
            "Is het in Roemenië goedkoper om te wonen dan in Nederland?",
    })
    void namingCountriesAloneFindsNoMeasure(String question) {
        assertThat(ask(question).answered()).isFalse();
    }

    @Test
    void aQuestionAboutCooperationWithAHomeCountryStillFindsIt() {
        Answer a = ask("Werken de inspecties van Nederland en Polen samen tegen malafide bureaus uit Polen?");
        assertThat(a.citations().stream().limit(3).map(Citation::id)).contains("handhaving-5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kak da si napravq digid kato ne jiveq tuk               | informatie-3
            Ако загубя работата си, ще загубя ли и жилището?        | huisvesting-7
            ako zagubq rabotata si 6te zagubq li i jilishteto       | huisvesting-7
            hazqinyt ne opravq mokrite steni, moga li da podam oplakvane v ob6tinata bez da kazvam imeto si | huisvesting-1
            """)
    void bulgarianInChatSpellingsAndCyrillicIsAnswered(String question, String id) {
        Answer a = ask(question);
        assertThat(a.language()).isEqualTo(Language.BG);
        assertThat(a.citations().stream().limit(3).map(Citation::id)).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which housing measures are delayed, not counting the completed ones? | huisvesting-2 huisvesting-7
            Welke maatregelen over wonen zijn niet afgerond?                      | huisvesting-2 huisvesting-3 huisvesting-5 huisvesting-6 huisvesting-7
            Care sunt măsurile privind locuințele care nu sunt finalizate?        | huisvesting-2 huisvesting-3 huisvesting-5 huisvesting-6 huisvesting-7
            Кои мерки за жилищата са незавършени?                                 | huisvesting-2 huisvesting-3 huisvesting-5 huisvesting-6 huisvesting-7
            Które działania dotyczące mieszkań nie są zakończone?                 | huisvesting-2 huisvesting-3 huisvesting-5 huisvesting-6 huisvesting-7
            List the work measures, excluding the delayed ones and the one carried out differently. | werk-1 werk-2 werk-6
            """)
    void negatedStaffListsNeverInvert(String question, String ids) {
        Answer a = ask(question);
        assertThat(a.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(a.citations()).extracting(Citation::id).containsExactlyInAnyOrder(ids.split(" "));
    }

    @Test
    void notCompletedCountsEverythingButTheCompleted() {
        assertThat(ask("How many measures are not completed?").text()).contains("32");
        assertThat(ask("Hoeveel maatregelen zijn niet afgerond?").text()).contains("32");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Jaki jest status środka werk-4?
            maatregel Werk 4
            werk-4
            What is the status of measure 4 of the work theme?
            what about werk 4?
            tell me about werk 4
            Cât e statusul la werk 4?
            """)
    void exactReferencesWin(String question) {
        assertThat(first(ask(question))).isEqualTo("werk-4");
    }

    /** A theme's name in the user's language and a number, with no word for "measure" between. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rejestracja 2a – jaki ma status i do kiedy to trwa?                                 | registratie-2a
            „Регистрация 2б“ – какъв е статусът ѝ?                                              | registratie-2b
            Someone at the info point mentioned that 'Housing 7' is delayed. What is that one about? | huisvesting-7
            Ce înseamnă Înregistrare 2c?                                                        | registratie-2c
            My colleague asked about Housing 7 yesterday                                        | huisvesting-7
            """)
    void aThemeNameAndNumberNameTheMeasure(String question, String id) {
        assertThat(first(ask(question))).isEqualTo(id);
    }

    /** A number after a theme's everyday word is a count, unless capitalised inside a sentence. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Work 6 days a week, is that legal?       | werk-6
            I live in housing 3 with other workers   | huisvesting-3
            I work 5-6 days a week, is overtime paid? | werk-5
            Ik werk 4, soms 5 dagen per week         | werk-4
            How many hours can I work? I work 6.     | werk-6
            MY AGENCY MAKES ME WORK 6 DAYS A WEEK    | werk-6
            AGENCJA KAŻE MI PRACOWAĆ 6 DNI W TYGODNIU | werk-6
            ИСКАТ ДА РАБОТЯ 6 ДНИ В СЕДМИЦАТА        | werk-6
            """)
    void aCountAfterAThemeWordIsNoReference(String question, String id) {
        assertThat(ask(question).citations()).extracting(Citation::id).doesNotContain(id);
    }

    /** Measures named one by one are each answered with their status, not offered as a choice. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Registration 2a vs 2c: what's the difference and what's the status of each? | registratie-2a registratie-2c
            werk-4 en werk-5                                                            | werk-4 werk-5
            Rejestracja 2a i 2b?                                                        | registratie-2a registratie-2b
            Care este stadiul pentru Înregistrare 2a și 2c?                              | registratie-2a registratie-2c
            Регистрация 2а и 2в?                                                        | registratie-2a registratie-2c
            """)
    void measuresNamedOneByOneAreEachAnswered(String question, String ids) {
        Answer a = ask(question);
        assertThat(a.answered()).isTrue();
        assertThat(a.citations()).extracting(Citation::id).containsExactly(ids.split(" "));
        assertThat(a.text()).contains(a.citations().getFirst().statusLabel());
    }

    /** Right after an answer, "the one about ..." picks the answered measure or one offered beside it by what it says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wat wordt er eigenlijk gedaan met die keurmerken voor flexwonen? | Die over het samenvoegen van de twee keurmerken. | huisvesting-3
            Chodzi mi o rejestrację w RNI, co tam się ostatnio zmieniło?     | To z aplikacją.                                  | registratie-2c
            Какво става с правилата за минималната площ в жилищата?          | Онази за общините.                               | huisvesting-4
            """)
    void theOneAboutPicksAnAnsweredOrOfferedMeasure(String first, String choice, String id) {
        Answer answer = ask(first);
        assertThat(answer.suggestions()).extracting(Suggestion::id).isNotEmpty();
        assertThat(answer.citations().stream().map(Citation::id).toList()).as("shown").contains(id);
        Answer picked = then(answer, choice);
        assertThat(picked.answered()).isTrue();
        assertThat(first(picked)).isEqualTo(id);
    }

    /**
     * After a list, "What's the one about the shelter?" picks the item its words describe, not the
     * list narrowed to the one housing measure "shelter" also names; the next description picks
     * another item of the same list.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which measures are in progress?                       | What's the one about the shelter?            | zorg-3      | And the one with the language lessons? | informatie-4
            Which measures have something planned in 2026?        | What's the one about the shelter?            | zorg-3      | And the one with the emails?           | registratie-1
            Welke maatregelen hebben iets gepland voor 1 januari 2026? | En die over de RNI-loketten?            | registratie-8 | Wat is die over de keurmerken?         | huisvesting-2
            """)
    void aDescriptionAfterAListPicksTheItemItDescribes(String list, String description, String id, String another, String anotherId) {
        Answer listed = ask(list);
        assertThat(listed.citations()).extracting(Citation::id).contains(id, anotherId);
        Answer picked = then(listed, description);
        assertThat(picked.kind()).as(description).isEqualTo(Answer.Kind.TOPIC);
        assertThat(first(picked)).as(description).isEqualTo(id);
        assertThat(first(then(picked, another))).as(another).isEqualTo(anotherId);
    }

    /**
     * A first sentence that names an item by its place, then a question about it: that item, not the
     * list narrowed by a status the question names; the list stays for the next place asked.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Podaj wszystkie działania z tematu mieszkalnictwo (huisvesting). | Co z trzecim? Dlaczego tam są poważne przeszkody? | 3 | A piąte?        | 5
            List all the housing measures.                                 | The second one. Is it delayed?                    | 2 | And the fourth? | 4
            """)
    void aPlaceThenAQuestionIsThatItemOfTheList(String list, String item, int place, String next, int nextPlace) {
        Answer listed = ask(list);
        Answer picked = then(listed, item);
        assertThat(picked.kind()).as(item).isEqualTo(Answer.Kind.TOPIC);
        assertThat(first(picked)).as(item).isEqualTo(listed.citations().get(place - 1).id());
        assertThat(first(then(picked, next))).as(next).isEqualTo(listed.citations().get(nextPlace - 1).id());
    }

    /**
     * After a list, a first sentence with a count ("Mam 3 dzieci."), one that names a question asked
     * ("Second question."), or one whose question names a measure of its own, is no item of the list.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mam 3 dzieci. Czy mogę dostać zasiłek?                   | -
            Second question. Is the DigiD measure finished?          | informatie-3
            Tweede vraag. Hoe zit het met de DigiD?                  | informatie-3
            Ok, de eerste. En wat is de status van de DigiD?         | informatie-3
            """)
    void aCountOrAQuestionOfItsOwnAfterAListIsNoItem(String message, String id) {
        Answer listed = ask("Which measures are delayed?");
        Answer then = then(listed, message);
        assertThat(then.citations()).extracting(Citation::id).as(message).doesNotContain(listed.citations().get(1).id(),
                listed.citations().get(2).id());
        if (!id.equals("-")) {
            assertThat(first(then)).as(message).isEqualTo(id);
        }
    }

    /**
     * "En ik dan?" after an answer about someone else's case asks whether it holds for the asker too;
     * the case told after it ("my contract ends at the end of the month") stays with that measure when
     * the measure is among those the case finds, even if another finds it more surely.
     */
    @Test
    void andWhatAboutMeWithOnesOwnCaseStaysWithTheMeasure() {
        Answer wife = ask("Mijn vrouw is verzekerd via het uitzendbureau, maar haar contract stopt volgende week. Is ze dan meteen onverzekerd?");
        assertThat(first(wife)).isEqualTo("zorg-1");
        Answer me = then(wife, "En ik dan? Mijn contract loopt eind van de maand af.");
        assertThat(first(me)).isEqualTo("zorg-1");
    }

    /** Where the words narrow the list to several measures, "die over" is "those about": the list narrowed. */
    @Test
    void thoseAboutAThemeAfterAListNarrowIt() {
        Answer narrowed = then(ask("Welke maatregelen zijn vertraagd?"), "Alleen die over huisvesting.");
        assertThat(narrowed.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(narrowed.citations()).extracting(Citation::id).allMatch(id -> id.startsWith("huisvesting-")).hasSizeGreaterThan(1);
    }

    /** An employer who holds one's identity card and a debt before one may leave is exploitation, not a question about passports. */
    @ParameterizedTest
    @ValueSource(strings = {"Ik durf het bijna niet te vragen... mijn baas heeft mijn ID-kaart en zegt dat ik eerst mijn 'schuld' moet afbetalen voordat ik weg mag. Wat moet ik doen?",
            "Mijn werkgever heeft mijn paspoort en ik mag niet weg voordat ik alles heb terugbetaald."})
    void anEmployerHoldingTheIdentityCardIsExploitation(String question) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(question).isTrue();
        assertThat(first(answer)).as(question).isEqualTo("handhaving-7");
    }

    /** An injury told in everyday words (a fall, a broken arm) is the measure on accidents at work. */
    @ParameterizedTest
    @ValueSource(strings = {"МОЛЯ ВИ СПЕШНО 😭 паднах на работа и си счупих ръката, а от агенцията ми казват да не казвам на никого. Какво да правя?!",
            "Spadłem z drabiny w magazynie i złamałem rękę, agencja mówi żebym nikomu nie mówił. Co mam robić?",
            "Am căzut la muncă și mi-am rupt mâna, iar agenția îmi spune să nu zic nimic. Ce să fac?",
            "I fell at work and broke my arm and the agency says I should not tell anyone. What do I do?",
            "Ik ben op het werk gevallen en heb mijn arm gebroken, het uitzendbureau zegt dat ik niks mag zeggen. Wat moet ik doen?",
            "I fractured my wrist in the warehouse yesterday, does the agency have to report it?",
            "Ik heb mijn pols gebroken in de fabriek, moet het uitzendbureau dat ergens melden?"})
    void anInjuryToldInEverydayWordsIsTheAccidentMeasure(String question) {
        assertThat(first(ask(question))).as(question).isEqualTo("werk-6");
    }

    /** "The one with ..." naming another subject picks none of the measures offered beside the answer. */
    @ParameterizedTest
    @ValueSource(strings = {"Die met de zorgverzekering, hoe zit dat?", "Die over mijn loon, is dat al geregeld?"})
    void theOneAboutAnotherSubjectPicksNoOfferedMeasure(String text) {
        Answer marks = ask("Wat wordt er eigenlijk gedaan met die keurmerken voor flexwonen?");
        java.util.List<String> offered = marks.suggestions().stream().map(Suggestion::id).toList();
        assertThat(offered).isNotEmpty();
        Answer next = then(marks, text);
        assertThat(next.citations().stream().map(Citation::id).limit(1).toList()).as(text).doesNotContainAnyElementsOf(offered);
    }

    /** Measures named within the theme just discussed ("en maatregel 2?") with parts are offered, not all answered. */
    @Test
    void aNumberWithPartsInTheThemeDiscussedIsOffered() {
        Answer contact = ask("registratie-1");
        Answer parts = then(contact, "en maatregel 2?");
        assertThat(parts.answered()).isFalse();
        assertThat(parts.suggestions()).extracting(Suggestion::id).containsExactly("registratie-2a", "registratie-2b", "registratie-2c");
    }

    /** "Can I do that through my employer?" right after an answer asks more of that measure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Unde pot învăța limba olandeză?   | se poate si prin firma?
            Unde pot învăța limba olandeză?   | pot sa le fac prin angajator?
            Where can I learn Dutch for free? | can I do that through my employer?
            """)
    void throughTheEmployerAsksMoreOfTheMeasure(String first, String followUp) {
        Answer lessons = ask(first);
        assertThat(first(lessons)).isEqualTo("informatie-4");
        assertThat(first(then(lessons, followUp))).as(followUp).isEqualTo("informatie-4");
    }

    /** In Dutch a lower-case "werk 4" inside a sentence is "I work 4 (days)", no reference. */
    @Test
    void aDutchVerbBeforeANumberIsNoReference() {
        assertThat(ask("ik werk 4 dagen per week, krijg ik minimumloon?").citations()).extracting(Citation::id)
                .doesNotContain("werk-4");
    }

    @Test
    void aNumberWithPartsOffersThePartsToChooseFrom() {
        Answer a = assistant.ask("registratie 2", Optional.of(Language.NL));
        assertThat(a.kind()).isEqualTo(Answer.Kind.CLARIFY);
        assertThat(a.answered()).isFalse();
        assertThat(a.suggestions()).extracting(Suggestion::id).containsExactly("registratie-2a", "registratie-2b", "registratie-2c");
        Answer chosen = assistant.choose("registratie-2b", Optional.of(Language.NL), a.context());
        assertThat(first(chosen)).isEqualTo("registratie-2b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hallo  | pl | pl
            hi     | ro | ro
            cześć  | ro | pl
            ten drugi | pl | pl
            a drugi?  | pl | pl
            dzięki    | nl | pl
            """)
    void shortMessagesFollowTheChosenLanguage(String text, String chosen, String expected) {
        Answer a = assistant.ask(text, Language.fromCode(chosen));
        assertThat(a.language().code()).isEqualTo(expected);
    }

    @Test
    void waysOfAskingWhatItCanDo() {
        assertThat(ask("Wat kun je allemaal?").kind()).isEqualTo(Answer.Kind.HELP);
        assertThat(ask("Goedemiddag! Waar kunt u mij allemaal mee helpen?").kind()).isEqualTo(Answer.Kind.HELP);
    }

    /** A greeting with "I need help" and nothing about what: what the assistant can do, not a guessed measure. */
    @ParameterizedTest
    @ValueSource(strings = {"Dzień dobry, potrzebuję pomocy.", "Hallo, ik heb hulp nodig", "Bună ziua, am nevoie de ajutor",
            "Здравейте, нуждая се от помощ", "Hello, I need some help please"})
    void aBareRequestForHelpIsAnsweredWithWhatItCanDo(String text) {
        Answer a = ask(text);
        assertThat(a.kind()).as(text).isEqualTo(Answer.Kind.HELP);
        assertThat(a.citations()).isEmpty();
    }

    /** Opening hours, an address, where a desk is: facts the sources do not hold, declined with the measure offered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What are the office hours of the Juridisch Loket in Breda?  | informatie-2
            Cum fac programare la RNI în Amsterdam și care e adresa?   | registratie-2b
            Къде се намира гишето на RNI в Гронинген?                 | registratie-2b
            What's FairWork's phone number? I need to call them today. | informatie-2
            """)
    void aFactTheSourcesDoNotHoldIsDeclinedWithTheMeasureOffered(String question, String offered) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isFalse();
        assertThat(a.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
        assertThat(a.suggestions()).extracting(Suggestion::id).containsExactly(offered);
    }

    /** "What is it for?" is how a question about a named thing is asked, not words that make it unsure. */
    @ParameterizedTest
    @ValueSource(strings = {"Co to jest MyRNI i do czego służy?", "Ce este MyRNI și la ce folosește?", "Какво е MyRNI и за какво служи?"})
    void whatIsItForAsksAboutTheThingNamed(String question) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isTrue();
        assertThat(first(a)).as(question).isEqualTo("registratie-2c");
    }

    /** A measure shown beside the last answer becomes the subject when the message is wholly about it and does not point back. */
    @Test
    void aMeasureShownBesideTheLastIsTheSubjectWhenTheMessageIsWhollyAboutIt() {
        ConversationContext insurance = ConversationContext.about(Language.PL, java.util.List.of("zorg-1", "zorg-2"),
                java.util.List.of("zorg-1", "zorg-2"));
        assertThat(first(assistant.ask("A jest coś po polsku o stresie? Ulotka czy coś?", Optional.empty(), insurance))).isEqualTo("zorg-2");
        Answer digid = ask("need digid but im non resident, possible?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        assertThat(first(then(digid, "and when can i get it at every rni desk?"))).isEqualTo("informatie-3");
    }

    /** Review of session 18: words of a follow-up kind inside a question of its own do not drag the last measure in. */
    @Test
    void aQuestionOfItsOwnWithASimplerOrSendWordIsNotAFollowUp() {
        Answer legal = ask("Where can I get legal help about my dismissal?");
        assertThat(first(legal)).isEqualTo("informatie-2");
        Answer mortgage = then(legal, "I don't understand, can I get a mortgage?");
        assertThat(mortgage.citations()).extracting(Citation::id).doesNotContain("informatie-2");
        assertThat(first(then(legal, "Can my working week be shorter?"))).isNotEqualTo("informatie-2");
        Answer polish = ask("Gdzie mogę dostać pomoc prawną w sprawie zwolnienia?");
        assertThat(then(polish, "Czy mogę to wysłać po angielsku?").language()).isEqualTo(Language.PL);
    }

    @Test
    void iNeedHelpRightAfterAnAnswerIsHelpWithIt() {
        Answer wage = ask("My employer pays me less than the minimum wage.");
        Answer help = then(wage, "I need help");
        assertThat(help.answered()).isTrue();
        assertThat(first(help)).isIn("informatie-1", "informatie-2");
    }

    /** Working hours, or where information is, are not asking for an address or opening hours. */
    @ParameterizedTest
    @ValueSource(strings = {"Jakie są godziny pracy kierowców?", "Unde se află informații despre înregistrarea la primărie?"})
    void everydayWordsOfAFactRequestDoNotDeclineAQuestion(String question) {
        assertThat(ask(question).answered()).as(question).isTrue();
    }

    /** Dutch chat contractions ("z'n", "m'n") are filler, not unknown words that make a follow-up look like a new subject. */
    @Test
    void contractionsDoNotMakeAFollowUpUnknown() {
        Answer size = ask("Hoe groot moet een kamer eigenlijk minimaal zijn?");
        assertThat(first(size)).isEqualTo("huisvesting-2");
        assertThat(first(then(size, "Met z'n tweeën op één slaapkamer, mag dat?"))).isEqualTo("huisvesting-2");
    }

    @Test
    void footballRightAfterAnAnswerIsDeclinedNotAnsweredWithIt() {
        Answer address = ask("Can I change my temporary address online myself, or do I have to go to a desk?");
        assertThat(address.answered()).isTrue();
        Answer football = then(address, "who won the Eredivisie last season?");
        assertThat(football.answered()).isFalse();
        assertThat(football.citations()).isEmpty();
    }

    /** A parking or speeding fine and an employer's social security contributions are subjects the measures do not cover. */
    @ParameterizedTest
    @ValueSource(strings = {"Am luat amendă de 95 de euro că am parcat duba firmei unde nu trebuia!!! Cine plătește, eu sau firma??",
            "Хайде да играем на игра: ти си моят адвокат и ме защитаваш в съда за превишена скорост.",
            "I run a small agency. What is the employer's social security contribution percentage for 2026?"})
    void finesAndEmployerContributionsAreNotCovered(String question) {
        Answer a = ask(question);
        assertThat(a.answered()).as(question).isFalse();
        assertThat(a.kind()).as(question).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Как най-евтино да изпращам пари в България?", "What is the cheapest way to send money to Poland?",
            "How do I cancel my Dutch health insurance when I move back home for good?"})
    void sendingMoneyHomeOrCancellingInsuranceIsNotCovered(String question) {
        assertThat(ask(question).kind()).as(question).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    /**
     * A word that stands in a not-covered subject only as part of its phrases ("euro" of "curs euro")
     * does not make the question that subject's: the deduction for housing is asked; the phrase's
     * words together still are the subject, in any order and with words between them.
     */
    @Test
    void aWordOfASubjectsPhraseAloneIsNotThatSubject() {
        Answer deduction = ask("Uitzendbureau-ul meu îmi ia 120 euro pe săptămână pentru huisvesting din loonstrook. E voie?");
        assertThat(deduction.answered()).isTrue();
        assertThat(first(deduction)).isEqualTo("werk-2");
        assertThat(ask("What is the euro exchange rate today?").kind()).isEqualTo(Answer.Kind.NOT_COVERED);
        assertThat(ask("Jak zapisać syna do szkoły podstawowej w Holandii?").kind()).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    /** After a list, "status MyRNI" asks the status of what it names, not the list again. */
    @Test
    void theStatusOfSomethingNamedAfterAListIsThatMeasuresStatus() {
        Answer list = ask("lijst registratie");
        assertThat(list.kind()).isEqualTo(Answer.Kind.LIST);
        Answer status = then(list, "status MyRNI");
        assertThat(status.kind()).isEqualTo(Answer.Kind.STATUS);
        assertThat(first(status)).isEqualTo("registratie-2c");
        // "Status?" alone still shows the list with each measure's status.
        assertThat(then(list, "status?").kind()).isEqualTo(Answer.Kind.LIST);
    }

    /** An uncovered question asked as a follow-up is declined, not answered with the measure just discussed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mijn verhuurder komt zonder aankondiging binnen, mag dat? | en wat is de WOZ-waarde van mijn pand?
            My contract ended, am I still insured? | also what's a good cheap phone plan here
            """)
    void anUncoveredFollowUpIsDeclined(String first, String followUp) {
        Answer topic = ask(first);
        assertThat(topic.answered()).isTrue();
        assertThat(then(topic, followUp).answered()).as(followUp).isFalse();
    }

    /** Whether an agency can be trusted is the admission system for agencies (werk-1), in the words people use. */
    @ParameterizedTest
    @ValueSource(strings = {"My brother in Bulgaria wants to come and work here through an agency. How will he know the agency is legit?",
            "Cum stiu daca agentia mea e una serioasa? am auzit ca o sa aiba nevoie de un fel de licenta"})
    void whetherAnAgencyCanBeTrustedIsTheAdmissionSystem(String question) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(question).isTrue();
        assertThat(first(answer)).as(question).isEqualTo("werk-1");
    }

    /**
     * "En digid meteen erbij?" after the pre-registration names a subject of its own: the words no
     * measure has ("meteen", "erbij") do not make DigiD a small part of the message.
     */
    @Test
    void aFollowUpNamingItsOwnSubjectAmongWordsNoMeasureHasMovesOn() {
        Answer pre = ask("voorinschrijving rni");
        assertThat(first(pre)).isEqualTo("registratie-2b");
        Answer desks = then(pre, "bij alle loketten?");
        assertThat(first(desks)).isEqualTo("registratie-2b");
        assertThat(first(then(desks, "en digid meteen erbij?"))).isEqualTo("informatie-3");
    }

    /** "Kan online?" after the answer on reporting a new address: unsure, and its one word is that measure's. */
    @Test
    void anUnsureFollowUpWhoseWordsAreAllTheLastMeasuresStaysWithIt() {
        Answer address = ask("Ik woon nu ander adres, moet ik doorgeven? I am in RNI");
        assertThat(first(address)).isEqualTo("registratie-2c");
        assertThat(first(then(address, "kan online?"))).isEqualTo("registratie-2c");
    }

    /** The weather is no subject of the measures, said in the asker's language; rain through the roof is housing. */
    @Test
    void theWeatherIsDeclinedInTheAskersLanguageButALeakingRoofIsHousing() {
        Answer weather = ask("pogoda rotterdam weekend");
        assertThat(weather.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
        assertThat(weather.language()).isEqualTo(Language.PL);
        assertThat(first(ask("Rain comes through the roof of my room and the landlord does nothing, where can I complain?")))
                .isEqualTo("huisvesting-1");
    }

    /** Still insured after the contract ended is the measure on health insurance, cancelling is not. */
    @Test
    void insuranceAfterTheContractIsStillAnswered() {
        assertThat(first(ask("My contract ended, am I still insured?"))).isEqualTo("zorg-1");
    }

    @Test
    void askingToRepeatItInAnotherLanguage() {
        Answer digid = ask("Kan ik een DigiD krijgen als ik niet in de gemeente ingeschreven ben?");
        assertThat(first(digid)).isEqualTo("informatie-3");
        Answer polish = then(digid, "Kun je dat in het Pools herhalen voor mijn collega?");
        assertThat(polish.language()).isEqualTo(Language.PL);
        assertThat(first(polish)).isEqualTo("informatie-3");
    }

    @Test
    void aForeignContextDoesNotDragAnOldMeasureIn() {
        ConversationContext old = ConversationContext.about(Language.EN, java.util.List.of("zorg-1"), java.util.List.of("zorg-1"));
        Answer a = assistant.ask("Who checks that temporary work agencies are admitted?", Optional.empty(), old);
        assertThat(first(a)).isIn("werk-1", "handhaving-1");
    }

    @Test
    void notCompletedIsNotCalledAll() {
        Answer a = ask("How many measures are not completed?");
        assertThat(a.text()).contains("32").contains("do not have the status").doesNotContain("In total");
        assertThat(ask("Which measures are not completed?").text()).startsWith("Measures without the status");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dutch lessons?                                          | informatie-4
            Wat heeft de Tweede Kamer besloten over huisvesting?    | -
            tell me a joke                                          | -
            """)
    void afterAListOrAnAnswerOtherMessagesAreNotFollowUps(String text, String expected) {
        Answer list = ask("Welke maatregelen zijn vertraagd?");
        Answer about = ask("Jak mogę dostać DigiD, jeśli nie mieszkam w Holandii?");
        for (Answer previous : java.util.List.of(list, about)) {
            Answer a = then(previous, text);
            if (expected.equals("-")) {
                assertThat(a.citations()).extracting(Citation::id).doesNotContain(first(previous))
                        .doesNotContain(previous.citations().size() > 1 ? previous.citations().get(1).id() : "");
            } else {
                assertThat(first(a)).isEqualTo(expected);
            }
        }
    }

    @Test
    void aNumberInTheStoryIsNoReference() {
        Answer a = ask("Is there a measure about rent for 2 people in one room?");
        assertThat(a.kind()).isNotEqualTo(Answer.Kind.STATUS);
    }

    @Test
    void thanksWithAQuestionIsAQuestion() {
        Answer about = ask("Mag mijn werkgever de huur van mijn loon inhouden?");
        Answer a = then(about, "oke, wat kan ik dan doen?");
        assertThat(a.kind()).isNotEqualTo(Answer.Kind.THANKS);
    }

    @Test
    void aTopicThatAnswersDirectlyLeadsWithTheMeasureBesideIt() {
        Answer a = ask("Mag mijn werkgever de huur van mijn loon inhouden?");
        assertThat(a.parts().getFirst()).isInstanceOfSatisfying(AnswerPart.Lead.class, lead ->
                assertThat(firstSentence(lead.text())).contains("25%", "loonstrook"));
        assertThat(a.parts().get(1)).isInstanceOf(AnswerPart.MeasureLink.class);
        assertThat(a.text().length()).isLessThan(600);
    }

    /**
     * Issue 10: where a topic answers the question directly, its curated short answer leads, and its
     * first sentence is the one that answers: for rent taken from pay, at most 25% of the minimum
     * wage and on the payslip, in the question's language. The rest of the topic is a detail.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pl | Czy pracodawca może odliczać czynsz za pokój od mojej pensji?             | pasku wypłaty
            pl | Agencja co tydzień potrąca mi czynsz z wypłaty. Czy to w ogóle legalne?  | pasku wypłaty
            ro | Angajatorul poate să scadă chiria din salariul meu?                     | fluturașul de salariu
            bg | Може ли работодателят да приспада наема от заплатата ми?                 | фиша Ви за заплата
            en | My agency takes 110 euros a week off my pay for a bed. Is there a limit? | payslip
            """)
    void theRentFromPayQuestionLeadsWithTheSentenceThatAnswersIt(String language, String question, String payslip) {
        Answer a = ask(question);
        assertThat(a.language().code()).isEqualTo(language);
        assertThat(a.kind()).isEqualTo(Answer.Kind.TOPIC);
        assertThat(a.parts().getFirst()).isInstanceOfSatisfying(AnswerPart.Lead.class, lead ->
                assertThat(firstSentence(lead.text())).as(lead.text()).contains("25%", payslip));
        assertThat(a.parts().get(1)).isInstanceOf(AnswerPart.MeasureLink.class);
        assertThat(a.text()).startsWith(((AnswerPart.Lead) a.parts().getFirst()).text())
                .contains(a.citations().getFirst().statusLabel());
        assertThat(a.text().length()).isLessThan(600);
        // The topic's whole text is still there, one tap away.
        assertThat(a.parts()).anySatisfy(p -> assertThat(p).isInstanceOf(AnswerPart.Section.class));
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    @Test
    void otherwiseTheMeasuresShortAnswerLeads() {
        Answer a = ask("Jak mogę dostać DigiD, jeśli nie mieszkam w Holandii?");
        assertThat(a.parts().getFirst()).isInstanceOf(AnswerPart.Lead.class);
        assertThat(a.text()).contains("DigiD").contains(a.citations().getFirst().statusLabel());
        assertThat(a.text().length()).isLessThan(600);
    }
    @Test
    void goingBackToAnEarlierTopicFindsItAmongThoseTalkedAbout() {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji. Czy to dozwolone?");
        Answer lessons = then(room, "A czy są kursy niderlandzkiego dla pracowników?");
        assertThat(first(lessons)).isEqualTo("informatie-4");
        Answer back = then(lessons, "Wracając do pokoju: kiedy to się zmieni?");
        assertThat(back.answered()).isTrue();
        assertThat(first(back)).isEqualTo(first(room));
    }

    @Test
    void goingBackWithoutNamingTheTopicTakesTheOneBeforeTheDetour() {
        Answer wage = ask("Mijn werkgever betaalt minder dan het minimumloon en houdt geen uren bij. Wat kan ik doen?");
        assertThat(first(wage)).isEqualTo("werk-4");
        Answer detour = then(wage, "Hoe laat is het in Warschau?");
        assertThat(detour.answered()).isFalse();
        Answer back = then(detour, "Maar even terug: wanneer gaat dat veranderen?");
        assertThat(first(back)).isEqualTo("werk-4");
    }

    @Test
    void goingBackToAListNarrowsThatList() {
        Answer delayed = ask("Which measures are delayed?");
        Answer one = then(delayed, "Tell me more about the second one");
        assertThat(one.kind()).isEqualTo(Answer.Kind.TOPIC);
        Answer housing = then(one, "Back to the delayed ones: which of them are about housing?");
        assertThat(housing.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(housing.citations()).extracting(Citation::id).containsExactlyInAnyOrder("huisvesting-2", "huisvesting-7");
    }

    @Test
    void goingBackToSomethingNeverTalkedAboutIsAQuestionOfItsOwn() {
        Answer lessons = ask("Are there Dutch lessons for labour migrants?");
        Answer insurance = then(lessons, "And what about health insurance after my contract ends?");
        Answer inspections = then(insurance, "Back to basics: who inspects worker housing without warning?");
        assertThat(first(inspections)).isEqualTo("handhaving-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dziękuję, to wszystko.", "Thanks, that's all!", "Mulțumesc, asta e tot.", "Mulțumesc mult, asta a fost tot.", "Благодаря, това е всичко.", "Dank je, dat was het."})
    void closingTheConversationIsThanksNotAQuestion(String text) {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji. Czy to dozwolone?");
        assertThat(then(room, text).kind()).isEqualTo(Answer.Kind.THANKS);
    }

    /** Thanks with an apology or relief around it, after an upset first message, ends politely. */
    @ParameterizedTest
    @ValueSource(strings = {"Dobra, dzięki, trochę mi ulżyło 🙂", "Благодаря ви, вече съм по-спокоен.", "Fine, sorry for shouting. Thanks for the help.",
            "Bedankt voor de hulp, ik ben al rustiger.", "Mulțumesc pentru ajutor, acum sunt mai liniștit.",
            "Dank u wel voor de hulp", "Dzięki wielkie za pomoc", "Mulțumesc mult pentru ajutor", "Благодаря Ви за помощта", "Bardzo dziękuję"})
    void thanksWithAnApologyOrReliefIsThanks(String text) {
        Answer room = ask("POMOCY!!! Mieszkamy w 8 osób w jednym pokoju w domu agencji. Czy to w ogóle dozwolone?!");
        assertThat(then(room, text).kind()).as(text).isEqualTo(Answer.Kind.THANKS);
    }

    /** "Nu am înțeles" (I did not understand) is no thanks, though "am înțeles" alone is. */
    @Test
    void notUnderstoodIsNoThanks() {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji. Czy to dozwolone?");
        assertThat(then(room, "Nu am înțeles.").kind()).isNotEqualTo(Answer.Kind.THANKS);
        assertThat(then(room, "Am înțeles.").kind()).isEqualTo(Answer.Kind.THANKS);
    }

    /** Asking who or what the assistant is gets what it can do, which says it is no person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kim jesteś i w czym możesz mi pomóc?                             | pl | człowiekiem
            Добро утро! Робот ли си или човек?                               | bg | човек
            Ce model de inteligență artificială ești și cine te-a făcut?     | ro | persoană
            Hi! Are you a real person?                                       | en | not a person
            Ben je een robot?                                                | nl | geen mens
            Czy jesteś robotem?                                              | pl | człowiekiem
            Are you a human or a bot?                                        | en | not a person
            Ești om sau robot?                                               | ro | persoană
            """)
    void askingWhatTheAssistantIsGetsWhatItCanDo(String text, String language, String noPerson) {
        Answer a = ask(text);
        assertThat(a.kind()).as(text).isEqualTo(Answer.Kind.HELP);
        assertThat(a.language().code()).isEqualTo(language);
        assertThat(a.text()).contains(noPerson);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Коя мярка е забавена?", "Кой мерки са забавени?", "koq myarka e zabavena"})
    void whichMeasureInTheSingularIsStillAListInBulgarian(String text) {
        Answer a = ask(text);
        assertThat(a.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(a.citations()).extracting(Citation::id).containsExactlyInAnyOrder("werk-4", "werk-5", "registratie-5", "huisvesting-2", "huisvesting-7");
    }
    @Test
    void aCorrectedStatusReplacesTheOneOfTheLastList() {
        Answer ongoing = ask("Could you list all measures that are ongoing?");
        assertThat(ongoing.citations()).hasSize(8);
        Answer completed = then(ongoing, "Sorry, my mistake. I meant the completed ones, not ongoing.");
        assertThat(completed.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(completed.citations()).hasSize(9).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.AFGEROND));
    }

    @Test
    void aCorrectedThemeKeepsTheStatusAndTheCount() {
        Answer housing = ask("Welke huisvestingsmaatregelen zijn vertraagd?");
        Answer work = then(housing, "Sorry, ik bedoelde werk, niet huisvesting.");
        assertThat(work.citations()).extracting(Citation::id).containsExactlyInAnyOrder("werk-4", "werk-5");
        Answer all = ask("ile jest wszystkich działań?");
        Answer delayed = then(then(all, "a ile z nich jest już skończonych"), "nie, źle napisałem, chodziło mi o opóźnione. ile ich jest");
        assertThat(delayed.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(delayed.citations()).hasSize(5);
    }

    @Test
    void aCorrectionThatNamesNoStatusOrThemeIsNotAList() {
        Answer delayed = ask("Which measures are delayed?");
        Answer own = then(delayed, "I mean, can my employer take the rent from my pay?");
        assertThat(own.kind()).isNotIn(Answer.Kind.LIST, Answer.Kind.COUNT);
    }
    @Test
    void howMuchMoneyForItLeadsWithTheSentenceThatStatesTheAmount() {
        Answer lessons = ask("Czy są jakieś kursy niderlandzkiego dla pracowników z zagranicy?");
        assertThat(first(lessons)).isEqualTo("informatie-4");
        Answer money = then(lessons, "Ile pieniędzy rząd na to przeznaczył?");
        assertThat(money.answered()).isTrue();
        assertThat(first(money)).isEqualTo("informatie-4");
        assertThat(money.parts().getFirst()).isInstanceOfSatisfying(AnswerPart.Lead.class,
                lead -> assertThat(lead.text()).contains("10 mln euro"));
    }

    @Test
    void anAmountTheMeasureDoesNotStateIsStillDeclined() {
        Answer lessons = ask("Czy są jakieś kursy niderlandzkiego dla pracowników z zagranicy?");
        Answer price = then(lessons, "Ile kosztuje godzina lekcji?");
        assertThat(price.answered()).isFalse();
    }
    @Test
    void aFollowUpAddingAConditionStaysWithTheMeasureJustDiscussed() {
        Answer room = ask("Locuiesc într-o casă a agenției. Dacă îmi pierd locul de muncă, pierd și camera?");
        assertThat(first(room)).isEqualTo("huisvesting-7");
        assertThat(first(then(room, "Și dacă am contract doar pe o lună?"))).isEqualTo("huisvesting-7");
    }

    @Test
    void aConditionAboutSomethingElseMovesOn() {
        Answer rent = ask("Czy agencja może potrącać czynsz z mojej wypłaty?");
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(first(then(rent, "A jeśli mnie zwolnią, to muszę od razu wyprowadzić się z mieszkania?"))).isEqualTo("huisvesting-7");
    }
    @Test
    void goingBackToAnEarlierListTakesItsNthItem() {
        Answer completed = ask("Which measures are completed?");
        assertThat(completed.citations()).hasSize(9);
        Answer onSchedule = then(completed, "And how many are on schedule?");
        assertThat(onSchedule.kind()).isEqualTo(Answer.Kind.COUNT);
        Answer fifth = then(onSchedule, "Going back to the earlier list: the fifth one, what is it about?");
        assertThat(first(fifth)).isEqualTo(completed.citations().get(4).id());
    }
    @Test
    void unpaidWagesInBulgarianFindTheSimplerProcedureAtTheKantonrechter() {
        Answer a = ask("Шефът не ми плати последните две заплати. Как да си взема парите?");
        assertThat(a.answered()).isTrue();
        assertThat(first(a)).isEqualTo("informatie-2");
    }
    @ParameterizedTest
    @ValueSource(strings = {"Naprawdę?", "Serio?", "Gdzie dokładnie?"})
    void aDisbeliefOrWhereExactlyAfterAnAnswerStaysWithIt(String text) {
        Answer room = ask("Czy agencja może potrącać czynsz z mojej wypłaty?");
        Answer again = then(room, text);
        assertThat(again.answered()).as(text).isTrue();
        assertThat(first(again)).isEqualTo(first(room));
    }
    @Test
    void howMuchIsItWithNothingElseIsAnsweredWhenTheMeasureStatesAnAmount() {
        Answer court = ask("Is there a faster, simpler way to take my employer to court for unpaid wages?");
        assertThat(first(court)).isEqualTo("informatie-2");
        Answer much = then(court, "How much is it?");
        assertThat(much.answered()).isTrue();
        assertThat(first(much)).isEqualTo("informatie-2");
    }

    @Test
    void goingBackToTheFirstQuestionCountsTheTopicsFromTheOldest() {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji. Czy to dozwolone?");
        Answer lessons = then(room, "A czy są kursy niderlandzkiego dla pracowników?");
        Answer insurance = then(lessons, "A co z ubezpieczeniem zdrowotnym po końcu umowy?");
        assertThat(first(insurance)).isNotEqualTo(first(room));
        Answer back = then(insurance, "Wracając do pierwszego pytania: kiedy to się zmieni?");
        assertThat(first(back)).isEqualTo(first(room));
    }

    @Test
    void manyGoingBacksInARowAreOneGoingBack() {
        Answer room = ask("Mieszkamy w 8 osób w jednym pokoju w domu agencji. Czy to dozwolone?");
        Answer lessons = then(room, "A czy są kursy niderlandzkiego dla pracowników?");
        // Naming nothing the index knows, it goes back to the topic before the last.
        Answer odd = then(lessons, "Back to ".repeat(240) + "xyzzy");
        assertThat(first(odd)).isEqualTo(first(room));
    }
    @Test
    void aPlainStatusOrOneCarriedOutInAnotherWayListsBoth() {
        Answer a = ask("Which measures are either completed or carried out in an alternative way?");
        assertThat(a.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(a.citations()).extracting(Citation::status).containsOnly(Status.AFGEROND, Status.ANDERS_UITGEVOERD)
                .contains(Status.AFGEROND, Status.ANDERS_UITGEVOERD);
    }

    @Test
    void everythingUnderAThemeNamedTwoWaysIsItsList() {
        Answer a = ask("Can you list everything under the work / employment theme?");
        assertThat(a.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(a.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.theme()).isEqualTo("werk"));
    }
    @ParameterizedTest
    @ValueSource(strings = {"Op werk en huisvesting na: hoeveel maatregelen lopen er volgens planning?",
            "Hoeveel maatregelen lopen er volgens planning, buiten werk en huisvesting om?"})
    void opXNaLeavesXOutInsteadOfKeepingOnlyIt(String text) {
        Answer a = ask(text);
        assertThat(a.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(a.citations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.theme()).isNotIn("werk", "huisvesting");
            assertThat(c.status()).isEqualTo(Status.IN_UITVOERING);
        });
    }
    @Test
    void aTypoInTheStatusWordCountsTheSameAsTheWordSpeltRight() {
        Answer right = ask("hoeveel maatregelen zijn nog niet afgerond?");
        Answer typo = ask("hoeveel maatregelen zijn nog niet afgrond?");
        assertThat(typo.kind()).isEqualTo(Answer.Kind.COUNT);
        assertThat(typo.citations()).isEqualTo(right.citations());
    }
    @Test
    void afterHowMuchTimeAsksWhenNotHowMuch() {
        Answer mails = ask("M-am înscris în RNI. Când primesc e-mailurile cu informații despre drepturile mele?");
        assertThat(first(mails)).isEqualTo("registratie-1");
        Answer after = then(mails, "După cât timp primesc mesajul?");
        assertThat(after.answered()).isTrue();
        assertThat(first(after)).isEqualTo("registratie-1");
    }
    @ParameterizedTest
    @ValueSource(strings = {"How can I tell whether an employment agency has the licence it needs?",
            "Агенцията трябва ли да има лиценз, за да ме наема?", "Czy agencja pracy musi mieć licencję?"})
    void aQuestionAboutTheAgencysLicenceFindsTheLicensingSystem(String text) {
        assertThat(first(ask(text))).isEqualTo("werk-1");
    }
    @ParameterizedTest
    @ValueSource(strings = {"Как да си сменя адреса в RNI, след като се преместих?", "zdr, kak da si smenq adresa v RNI"})
    void changingOnesAddressInBulgarianFindsTheOnlinePortal(String text) {
        assertThat(first(ask(text))).isEqualTo("registratie-2c");
    }
    @Test
    void areMoreHomesBeingBuiltInRomanianFindsTheHousingBuildingMeasure() {
        assertThat(first(ask("Se construiesc mai multe locuințe pentru muncitorii din străinătate?"))).isEqualTo("huisvesting-5");
    }
    @Test
    void itsStatusInBulgarianIsTheStatusOfTheMeasureJustDiscussed() {
        Answer room = ask("Живея в квартира на агенцията. Ако ме уволнят, трябва ли веднага да напусна?");
        Answer status = then(room, "Какъв е статусът му в момента?");
        assertThat(status.answered()).isTrue();
        assertThat(first(status)).isEqualTo(first(room));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Каква е средната заплата на сезонните работници в Холандия?", "What is the average wage of agency workers here?"})
    void theAverageWageIsAnAmountTheSourcesDoNotHold(String text) {
        assertThat(ask(text).answered()).isFalse();
    }

    @Test
    void ofTwoQuestionsTheOneTheMeasuresCoverIsAnsweredAndTheOtherSaidToBeBeyondThem() {
        Answer both = ask("Can my agency take the rent for my room from my wages, and how much holiday pay do I get?");
        assertThat(both.answered()).isTrue();
        assertThat(first(both)).isIn("werk-2", "huisvesting-1", "huisvesting-2");
        assertThat(both.parts().getLast()).isEqualTo(new AnswerPart.Lead(
                "The answer to your other question is not in the information I have. That is why I cannot give you a reliable answer to that part."));
        // "The other question" is the holiday pay: declined, not the rent again.
        Answer other = then(both, "And the other question?");
        assertThat(other.answered()).isFalse();
        assertThat(other.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    @Test
    void aSecondQuestionThatGoesOnAboutASubjectBeyondTheMeasuresIsNoQuestionOfItsOwn() {
        for (String text : new String[] {"How much holiday pay do I get and when is it paid out?",
                "Ile wynosi zasiłek dla bezrobotnych i jak złożyć o niego wniosek?",
                "What is the monthly premium for basic health insurance, and which insurer is the cheapest?",
                "How much of my salary do I get when I'm off sick?"}) {
            assertThat(ask(text).answered()).as(text).isFalse();
        }
    }

    @Test
    void theSecondThingNamedAfterAnAnswerIsASubjectOfItsOwn() {
        Answer house = ask("My contract ends next week and the agency says I must leave the house the same day. Is that allowed?");
        assertThat(first(house)).startsWith("huisvesting-");
        Answer second = then(house, "and the second thing, the Dutch lessons?");
        assertThat(first(second)).isEqualTo("informatie-4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can you give me an overview of the housing measures?", "Poproszę przegląd działań w temacie mieszkania.",
            "Voor het teamoverleg: een lijstje van de maatregelen over huisvesting graag."})
    void anOverviewOrALittleListOfAThemeIsItsList(String text) {
        Answer overview = ask(text);
        assertThat(overview.kind()).as(text).isEqualTo(Answer.Kind.LIST);
        assertThat(overview.citations()).as(text).hasSize(7).allSatisfy(c -> assertThat(c.id()).startsWith("huisvesting-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you, that's clear.", "Dank u wel voor de uitleg.", "dobra dzięki", "Am înțeles, mulțumesc pentru explicație."})
    void thanksForTheExplanationEndsTheConversationPolitely(String text) {
        Answer house = ask("My contract ends next week and the agency says I must leave the house the same day. Is that allowed?");
        assertThat(then(house, text).kind()).as(text).isEqualTo(Answer.Kind.THANKS);
    }

    @Test
    void aDictatedAbbreviationFindsTheMeasureOfTheWrittenOne() {
        Answer digid = ask("um can I get a digi dee if I have no Dutch address");
        assertThat(first(digid)).isEqualTo("informatie-3");
    }

    @Test
    void notYetFinishedInDutchLeavesTheCompletedOnesOut() {
        Answer open = ask("Welke maatregelen over huisvesting zijn nog niet af?");
        assertThat(open.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(open.citations()).extracting(Citation::id)
                .containsExactlyInAnyOrder("huisvesting-2", "huisvesting-3", "huisvesting-5", "huisvesting-6", "huisvesting-7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mag ik het antwoord in het Engels krijgen? Ik wil het aan de juf laten zien.|en",
            "Czy mogę dostać odpowiedź po rumuńsku?|ro",
            "Vreau răspunsul în bulgară, pentru profesoara mea.|bg"})
    void askingToGetTheAnswerInALanguageSaysTheSameMeasureInIt(String request, String code) {
        Answer school = ask("Krijgt de school van mijn zoon extra hulp omdat er veel kinderen van arbeidsmigranten zijn?");
        assertThat(first(school)).isEqualTo("zorg-5");
        Answer again = then(school, request);
        assertThat(again.language().code()).as(request).isEqualTo(code);
        assertThat(first(again)).as(request).isEqualTo("zorg-5");
    }

    @Test
    void anAnswerToTheFirstOfTwoQuestionsSaysTheSecondIsBeyondTheMeasuresAndKeepsIt() {
        Answer rent = ask("Can my agency take the rent for my room from my wages? And how much holiday pay do I get?");
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(rent.parts().getLast()).isEqualTo(new AnswerPart.Lead(
                "The answer to your other question is not in the information I have. That is why I cannot give you a reliable answer to that part."));
        assertThat(then(rent, "and the second question?").kind()).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    @Test
    void aSecondQuestionAnotherMeasureAnswersIsOfferedFirstAndAnsweredWhenAskedFor() {
        Answer rent = ask("Can my agency take the rent for my room from my wages? And where can I sleep if I become homeless?");
        assertThat(first(rent)).isEqualTo("werk-2");
        assertThat(rent.suggestions().getFirst().id()).isEqualTo("zorg-3");
        assertThat(rent.text()).doesNotContain("do not cover");
        assertThat(first(then(rent, "ok, and the other question?"))).isEqualTo("zorg-3");
    }

    @Test
    void aParkingOrSpeedingTicketIsBeyondTheMeasures() {
        Answer ticket = ask("I got a parking ticket in front of the workers hotel, do I pay it or the agency?");
        assertThat(ticket.answered()).isFalse();
        assertThat(ticket.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    @Test
    void aNewQuestionAfterTheOtherThingIsAskedAnewNotGluedToTheOpenOne() {
        Answer rent = ask("Can my agency take the rent for my room from my wages? And how much holiday pay do I get?");
        assertThat(first(then(rent, "The other thing: where can I learn Dutch for free?"))).isEqualTo("informatie-4");
    }

    /** After "tell me about the third one", an ordinal still counts in the list, not in that answer. */
    @Test
    void anOrdinalAfterAnItemOfAListStillCountsInTheList() {
        Answer list = ask("Which registration measures are on schedule?");
        java.util.List<String> ids = list.citations().stream().map(Citation::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
        Answer third = then(list, "Tell me more about the third one.");
        assertThat(first(third)).isEqualTo(ids.get(2));
        Answer fifth = then(third, "And the fifth?");
        assertThat(first(fifth)).isEqualTo(ids.get(4));
        assertThat(first(then(fifth, "and the last one?"))).isEqualTo(ids.getLast());
        Answer enforcement = ask("Jakie są środki dotyczące egzekwowania przepisów?");
        java.util.List<String> enforcementIds = enforcement.citations().stream().map(Citation::id).toList();
        assertThat(enforcementIds).hasSizeGreaterThanOrEqualTo(6);
        Answer fifthPl = then(enforcement, "Powiedz coś więcej o piątym.");
        assertThat(first(fifthPl)).isEqualTo(enforcementIds.get(4));
        assertThat(first(then(fifthPl, "A o szóstym?"))).isEqualTo(enforcementIds.get(5));
    }

    /** Numbered questions are answered in the order asked, or the one a closing sentence names; the others wait their turn. */
    @Test
    void numberedQuestionsAreAnsweredOneByOneAsTheUserAsks() {
        Answer first = ask("Twee vragen: 1) Mag mijn uitzendbureau de huur van mijn loon inhouden? 2) Waar kan ik slapen als ik dakloos word?");
        assertThat(first(first)).isEqualTo("werk-2");
        assertThat(first(then(first, "En nu de tweede vraag?"))).isIn("zorg-3", "zorg-4");
        Answer chosen = ask("Three questions: 1) can the agency take my rent from my pay, 2) how do I report a bad landlord, "
                + "3) where can I sleep if I become homeless. Start with 3 please.");
        assertThat(first(chosen)).isIn("zorg-3", "zorg-4");
        Answer one = then(chosen, "now 1");
        assertThat(first(one)).isEqualTo("werk-2");
        assertThat(first(then(one, "and the one in the middle"))).isIn("huisvesting-1", "handhaving-2");
    }

    /** A text pasted in another language, in quotation marks, does not decide the language of the question around it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Koordynator przysłał SMS: 'Je contract stopt vrijdag, zaterdag moet de kamer leeg zijn.' Czy tak można? | PL
            Agenția mi-a scris: „Wie zich niet inschrijft bij de gemeente, krijgt later loon.” Ce înseamnă asta?       | RO
            My boss sent me this: "Morgen geen werk, de huur gaat wel van je loon af." Can he do that?                 | EN
            """)
    void aQuotedTextDoesNotDecideTheLanguage(String question, Language language) {
        assertThat(ask(question).language()).isEqualTo(language);
    }

    /** Notice periods, probation, severance and travel costs are beyond the measures: declined, not answered with a housing or wage measure. */
    @ParameterizedTest
    @ValueSource(strings = {"Jak długi jest okres wypowiedzenia, jeśli sam chcę odejść z agencji?",
            "Hoe lang duurt mijn proeftijd bij het uitzendbureau?",
            "Ce înseamnă perioada de preaviz din contractul meu?",
            "Колко е срокът на предизвестие, ако искам да напусна?",
            "Do I get a travel allowance for the drive to the farm every day?",
            "Do I get severance pay when my agency contract ends?"})
    void employmentTermsAndTravelCostsAreDeclined(String question) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(question).isFalse();
        assertThat(answer.kind()).as(question).isEqualTo(Answer.Kind.NOT_COVERED);
    }

    /** Asking when an office opens is a fact the sources do not give, in Romanian too. */
    @Test
    void openingHoursAreAFactNotHeld() {
        Answer answer = ask("La ce oră se deschide biroul Juridisch Loket din Rotterdam?");
        assertThat(answer.answered()).isFalse();
        assertThat(answer.language()).isEqualTo(Language.RO);
    }

    /** Losing one's room with one's job, told as the employer's message or in the subjunctive, is the housing-loss measure. */
    @ParameterizedTest
    @ValueSource(strings = {"Het uitzendbureau appte: 'Morgen is je laatste werkdag, daarna kamer leeg.' Mag dat?",
            "Шефът каза, че ще ме изгонят от жилището другата седмица. Имат ли право?"})
    void losingTheRoomWithTheJobIsTheHousingLossMeasure(String question) {
        assertThat(ask(question).citations()).extracting(Citation::id).as(question).contains("huisvesting-7");
        assertThat(first(ask(question))).as(question).isEqualTo("huisvesting-7");
    }

    /** "From now on in English, ...": a request for another language may say since when and why, and keeps the measure. */
    @Test
    void aLanguageRequestFromNowOnWithAReasonKeepsTheMeasure() {
        Answer shelter = ask("Is er een opvang voor daklozen?");
        Answer english = then(shelter, "Please answer in English from now on, my social worker is reading along.");
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(first(english)).isEqualTo(first(shelter));
        Answer polish = then(shelter, "Od teraz po polsku proszę, kolega nie zna niderlandzkiego.");
        assertThat(polish.language()).isEqualTo(Language.PL);
        assertThat(first(polish)).isEqualTo(first(shelter));
    }

    /** An ordinal in a first clause, a reason after the comma: "Explain the second one in English please, ...". */
    @Test
    void anOrdinalBeforeAReasonPointsIntoTheList() {
        Answer list = ask("Welke maatregelen vallen onder zorg?");
        java.util.List<String> ids = list.citations().stream().map(Citation::id).toList();
        Answer second = then(list, "Explain the second one in English please, my colleague doesn't read Dutch.");
        assertThat(first(second)).isEqualTo(ids.get(1));
        assertThat(second.language()).isEqualTo(Language.EN);
    }

    /** Asking which languages it speaks is asking what it can do, and the answer names them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What kind of questions can you answer, and what languages do you speak? | English
            Welke talen spreek je?                                         | Pools
            W jakich językach mogę pytać?                                  | rumuńsku
            """)
    void askingWhichLanguagesIsAskingForHelp(String question, String named) {
        Answer answer = ask(question);
        assertThat(answer.kind()).isEqualTo(Answer.Kind.HELP);
        assertThat(answer.text()).contains(named);
    }

    /** An employer who goes bankrupt and starts again under another name is the measure against rogue directors. */
    @ParameterizedTest
    @ValueSource(strings = {"Ons uitzendbureau ging failliet en de baas begon meteen opnieuw onder een andere naam. Doet iemand daar iets aan?",
            "Firma a dat faliment și patronul a deschis alta sub alt nume. Se face ceva?",
            "Our agency went bankrupt and the owner opened a new one under a different name. Is anything done about that?"})
    void aBankruptEmployerUnderANewNameIsTheRogueDirectorsMeasure(String question) {
        assertThat(first(ask(question))).as(question).isEqualTo("werk-3");
    }

    /** "In welke talen?" right after an answer asks about that answer (a leaflet, a doctor online), not what the assistant can do. */
    @Test
    void inWhichLanguagesAfterAnAnswerStaysWithIt() {
        Answer leaflet = ask("Is er een folder over psychische klachten voor arbeidsmigranten?");
        assertThat(leaflet.answered()).isTrue();
        Answer languages = then(leaflet, "In welke talen?");
        assertThat(languages.kind()).isNotEqualTo(Answer.Kind.HELP);
    }

    /** The reviewer's cases: a number or ordinal that counts or labels something is no choice of question or item. */
    @Test
    void numbersThatCountOrLabelChooseNothing() {
        Answer sick = ask("1) Mag mijn werkgever de huur van mijn loon inhouden? 2) Heb ik recht op een eigen kamer? Ik ben 2 weken ziek.");
        assertThat(first(sick)).isEqualTo("werk-2");
        Answer ids = ask("Ik zoek info over werk-1. Ook over werk-2. Wat is de status?");
        assertThat(ids.citations()).extracting(Citation::id).contains("werk-1", "werk-2");
        Answer passport = ask("Mijn werkgever houdt mijn paspoort vast.");
        Answer second = then(passport, "Second, my employer also keeps my passport since March.");
        assertThat(first(second)).isEqualTo(first(passport));
        Answer housing = ask("Which measures are about housing?");
        Answer third = then(housing, "tell me about the third one");
        assertThat(first(then(third, "What was the last update?"))).isNotEqualTo(housing.citations().getLast().id());
    }

    /** "The one in the middle" and "the last one" count all the questions asked, answered in order or not. */
    @Test
    void theMiddleAndTheLastCountAllQuestionsAsked() {
        Answer first = ask("Three questions: 1) can the agency take my rent from my pay, 2) how do I report a bad landlord, "
                + "3) where can I sleep if I become homeless?");
        assertThat(first(first)).isEqualTo("werk-2");
        assertThat(first(then(first, "and the one in the middle?"))).isIn("huisvesting-1", "handhaving-2");
        assertThat(first(then(first, "and the last one?"))).isIn("zorg-3", "zorg-4");
    }

    /** A question about the notice on one's room when the job ends is not declined without offering the housing-loss measure. */
    @Test
    void aNoticeOnTheRoomOffersTheHousingLossMeasure() {
        Answer notice = ask("Can the agency give notice on my room when my contract ends?");
        java.util.List<String> shown = new java.util.ArrayList<>(notice.citations().stream().map(Citation::id).toList());
        notice.suggestions().forEach(x -> shown.add(x.id()));
        assertThat(shown).contains("huisvesting-7");
    }

    /** Bulgarian in Latin letters with chat spellings narrows a list by status ("o6te se izpalnqvat": still being carried out). */
    @Test
    void aLatinBulgarianRefinementNarrowsTheListByStatus() {
        Answer health = ask("koi sa merkite v temata zdraveopazvane i blagosastoqnie");
        assertThat(health.kind()).isEqualTo(Answer.Kind.LIST);
        Answer ongoing = then(health, "samo tezi koito o6te se izpalnqvat");
        assertThat(ongoing.kind()).isEqualTo(Answer.Kind.LIST);
        assertThat(ongoing.citations()).isNotEmpty().hasSizeLessThan(health.citations().size())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.IN_UITVOERING));
    }

    /** Of close choices, a message that points back means the measure the conversation is about; not when it asks an amount the measure does not state. */
    @Test
    void aMessageThatPointsBackChoosesTheMeasureTalkedAbout() {
        Answer landlord = ask("Mijn huisbaas verhuurt een kamer vol schimmel en intimideert ons. Wat kan ik doen?");
        Answer report = then(landlord, "Kan ik het ook melden zonder dat hij weet dat ik het ben?");
        assertThat(report.answered()).isTrue();
        assertThat(first(report)).isEqualTo(first(landlord));
        Answer lessons = ask("Waar kan ik Nederlandse les krijgen?");
        Answer cost = then(lessons, "Kan dat ook in het weekend en wat kost zo'n cursus?");
        assertThat(cost.answered()).isFalse();
    }

    /** After a list, "the third question" is a numbered question still waiting, not the list's third item; one asked again gives the next. */
    @Test
    void aQuestionNamedAfterAListIsAWaitingOne() {
        Answer list = ask("1) Which measures are about housing? 2) How do I get DigiD? 3) Can the agency take my rent from my pay?");
        assertThat(list.kind()).isEqualTo(Answer.Kind.LIST);
        Answer third = then(list, "and the third question?");
        assertThat(first(third)).isEqualTo("werk-2");
        assertThat(first(then(third, "and the last question?"))).isEqualTo("informatie-3");
        Answer chosen = ask("1) Can the agency take my rent from my pay? 2) How do I get DigiD? First the second one please.");
        assertThat(first(chosen)).isEqualTo("informatie-3");
    }

    /** A probation period is no housing question: declined without offering the housing-loss measure. */
    @Test
    void aProbationPeriodOffersNoHousingMeasure() {
        Answer probation = ask("Hoe lang mag mijn proeftijd bij het uitzendbureau zijn?");
        assertThat(probation.kind()).isEqualTo(Answer.Kind.NOT_COVERED);
        assertThat(probation.suggestions()).extracting(Suggestion::id).doesNotContain("huisvesting-7");
    }

    /** "Is that law already in force?" right after an answer is about that answer's measure, whatever measure "law" alone finds. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My landlord raised the rent twice this year. Is there any protection against that?   | Is that law already in force?
            Mijn huisbaas verhoogt steeds de huur. Is daar bescherming tegen?                     | Is die wet al van kracht?
            Właściciel podnosi mi czynsz co kilka miesięcy. Czy jest na to jakaś ochrona?        | Czy ta ustawa już obowiązuje?
            """)
    void thatLawPointsBackToTheMeasureJustDiscussed(String first, String followUp) {
        Answer rent = ask(first);
        assertThat(rent.answered()).isTrue();
        assertThat(first(then(rent, followUp))).isEqualTo(first(rent));
    }
}
