package nl.workinnl.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.dialogue.FollowUps;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.LanguageDetector;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.QuestionParts;
import nl.workinnl.assistant.language.Quotations;
import nl.workinnl.assistant.language.SpokenForms;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.language.Vocabulary.Aspect;
import nl.workinnl.assistant.search.MeasureSearch;
import nl.workinnl.assistant.search.NotCoveredSubjects;
import nl.workinnl.assistant.search.SearchHit;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.search.SearchResult;
import nl.workinnl.assistant.staff.DueDates;
import nl.workinnl.assistant.staff.EditionAnswers;
import nl.workinnl.assistant.staff.LinedAnswer;
import nl.workinnl.assistant.staff.MeasureReferences;
import nl.workinnl.assistant.staff.StaffAnswer;
import nl.workinnl.assistant.staff.StaffAnswers;
import nl.workinnl.assistant.staff.StaffQuery;
import nl.workinnl.assistant.staff.StaffQueryParser;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * The one pipeline behind every channel (the API, the Telegram bot, the web widget): decide the
 * language, tell small talk and staff questions from topic questions, continue the conversation
 * where a message is a follow-up, find the measure, and put the answer together from curated text,
 * or say honestly that it does not know, that the measures do not cover the subject, or which of a
 * few measures the user means.
 */
public final class Assistant {

    /** Longest message accepted; longer ones are refused with a clear error, not cut. */
    public static final int MAX_LENGTH = 2000;
    /** A follow-up stays with the measure just discussed when it is among this many best matches... */
    private static final int NEAR_LAST_HITS = 3;
    /** ...and scores at least this share of the best. */
    private static final float NEAR_LAST_SHARE = 0.8f;
    private static final int MAX_RELATED = 2;
    private static final int MAX_CHOICES = 3;
    /** How far down the search's matches a measure picked by its description ("the one about ...") may stand. */
    private static final int DESCRIBED_CHOICE_REACH = 5;
    /** The words of its own a message needs to name an item of the list it refines ("the one about sharing data"). */
    private static final int ITEM_OWN_WORDS = 2;
    /** Going back to an earlier topic, the rest of the message must find it among this many best matches. */
    private static final int BACK_TO_HITS = 5;
    /** ...and score at least this share of the best match, unless the search is unsure of that one. */
    private static final float BACK_TO_SHARE = 0.6f;
    /** In a message that is not short, the share of the usual coverage a well-scoring measure needs to be offered as a choice. */
    private static final float LONG_MESSAGE_CHOICE_COVERAGE = 0.5f;
    /** A further measure is shown as related only when it scores at least this share of the best. */
    private static final float RELATED_SHARE = 0.45f;
    /** How much of a short follow-up one measure must hold for it to start a new subject. */
    private static final float OWN_SUBJECT_COVERAGE = 0.6f;
    /** A coverage this high means every word the search weighed is in the document. */
    private static final float WHOLLY_COVERED = 0.999f;
    /**
     * ...or this much, when the measure just discussed holds hardly any of the message's words: "and
     * the one about integration and language lessons?" after DigiD.
     */
    private static final float FAR_SUBJECT_COVERAGE = 0.4f;
    /** A follow-up adding a condition stays with the last measure while it is among this many best matches. */
    private static final int CONDITION_HITS = 5;
    /**
     * A measure shown beside the last one is the subject when the last is not among this many of
     * the message's best matches and the other holds at least this share of its known words.
     */
    private static final int LEFT_BEHIND_HITS = 5;
    private static final float LEFT_BEHIND_COVERAGE = 0.3f;
    /**
     * ...or when it scores this many times what the measure just discussed does: "a digid mogę
     * załatwić od razu przy zapisie do RNI?" after changing an address names DigiD.
     */
    private static final float FAR_SUBJECT_SCORE_RATIO = 2.5f;
    /**
     * A short message whose own words (beyond "who", "when", "that") weigh at least this much in
     * words no measure has is a new subject, not a follow-up: "who is playing football tonight?"...
     */
    private static final float NEW_SUBJECT_UNKNOWN = 0.5f;
    /**
     * ...when there are at least this many of them: one or two are everyday words of any follow-up
     * ("wanneer horen we daar meer over?").
     */
    private static final int NEW_SUBJECT_UNKNOWN_WORDS = 3;

    private final Translations translations;
    private final Corpus corpus;
    private final Messages messages;
    private final LanguageDetector detector;
    private final SmallTalk smallTalk;
    private final StaffQueryParser staffParser;
    private final StaffAnswers staffAnswers;
    private final EditionAnswers editionAnswers;
    private final DueDates dueDates;
    private final MeasureReferences references;
    private final FollowUps followUps;
    private final MeasureSearch search;
    private final SearchProperties properties;
    private final TopicAnswerComposer composer;
    private final AmountSentences amounts;
    private final QuestionParts questionParts;
    private final SpokenForms spokenForms;
    private final Map<Language, List<String>> factRequests = new java.util.EnumMap<>(Language.class);
    private final Map<Language, List<String>> amountRequests = new java.util.EnumMap<>(Language.class);
    private final Vocabulary.Matching amountRule;

    /** Releases this version's index, after a live reload replaced it and its last answer is done. */
    public void close() {
        search.close();
    }

    /** The whole pipeline over one version of the data: its own index, detector and staff parser. */
    public static Assistant over(Translations translations, Vocabulary vocabulary, NotCoveredSubjects subjects, SearchProperties properties) {
        return new Assistant(translations, vocabulary, detector(translations, vocabulary, subjects),
                new MeasureSearch(translations, vocabulary, subjects, properties), properties);
    }

    /**
     * Trained on the texts of each language, and told the words that tell each: the curated words of
     * understanding.yaml (question words, cues, filler) in every language, and in every language but
     * Dutch also the words of its texts and uncovered subjects (less the Dutch terms they quote). The
     * Dutch texts' words are what workers borrow into their own languages ("pot primi uitkering de la
     * uwv?"): they tell Dutch only where no other language's own word stands beside them.
     */
    public static LanguageDetector detector(Translations translations, Vocabulary vocabulary, NotCoveredSubjects subjects) {
        Map<Language, List<String>> texts = translations.textsByLanguage();
        // Each map built once (at start-up and at every reload), not once per language.
        Map<Language, List<String>> curated = vocabulary.wholeWordsByLanguage();
        Map<Language, List<String>> subjectWords = subjects.wordsByLanguage();
        // The Dutch terms the other languages' texts quote ("(registratie)", "uitzendbureau") are Dutch.
        List<String> dutchTerms = new ArrayList<>(texts.get(Language.NL));
        dutchTerms.addAll(subjectWords.get(Language.NL));
        java.util.Set<String> dutch = new java.util.HashSet<>();
        dutchTerms.forEach(text -> dutch.addAll(List.of(TextNormalizer.fold(text).split("[^\\p{L}]+"))));
        Map<Language, List<String>> words = new java.util.EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<String> all = new ArrayList<>(curated.get(l));
            if (l != Language.NL) {
                java.util.stream.Stream.concat(subjectWords.get(l).stream(), texts.get(l).stream())
                        .flatMap(text -> java.util.Arrays.stream(text.split("[\\s\\p{Punct}]+")))
                        .filter(word -> !dutch.contains(TextNormalizer.fold(word))).forEach(all::add);
            }
            words.put(l, all);
        }
        return new LanguageDetector(texts, words, dutchTerms);
    }

    Assistant(Translations translations, Vocabulary vocabulary, LanguageDetector detector, MeasureSearch search,
              SearchProperties properties) {
        this.translations = translations;
        this.corpus = translations.corpus();
        this.messages = translations.messages();
        this.detector = detector;
        this.smallTalk = new SmallTalk(vocabulary);
        this.staffParser = new StaffQueryParser(vocabulary, translations);
        this.staffAnswers = new StaffAnswers(translations);
        this.editionAnswers = new EditionAnswers(translations);
        this.dueDates = new DueDates(translations);
        this.references = new MeasureReferences(vocabulary, translations);
        this.followUps = new FollowUps(vocabulary);
        this.amountRule = vocabulary.matching("amountRequests");
        this.search = search;
        this.properties = properties;
        this.composer = new TopicAnswerComposer(translations);
        this.amounts = new AmountSentences(translations, vocabulary);
        this.questionParts = new QuestionParts(vocabulary.secondQuestions(), vocabulary.severalQuestions(), vocabulary.questionJoins());
        this.spokenForms = new SpokenForms(vocabulary.spokenForms());
        for (Language l : Language.values()) {
            factRequests.put(l, phrases(vocabulary.factRequests(), l));
            amountRequests.put(l, phrases(vocabulary.amountRequests(), l));
        }
    }

    private static List<String> phrases(Map<String, List<String>> group, Language language) {
        return Vocabulary.folded(group, language).stream().map(TextNormalizer::words).toList();
    }

    /**
     * Answers a message. The text must be non-blank and at most {@link #MAX_LENGTH} characters
     * (callers check and say so); {@code hint} is the language the user chose, used where the
     * text does not make its language clear.
     */
    public Answer ask(String text, Optional<Language> hint) {
        return ask(text, hint, ConversationContext.EMPTY);
    }

    /** Answers the next message of a conversation, continuing from {@code context}. */
    public Answer ask(String text, Optional<Language> hint, ConversationContext context) {
        Question question = spokenForms.written(Question.of(text));
        Answer answered = answer(question, hint, context, true);
        // An answer that left a question open answers the other one: that one's amount words are not its.
        Answer answer = answered.context().otherQuestion().isEmpty() ? amountFirst(answered, question) : answered;
        return answer.withContext(answer.context().following(context));
    }

    /** {@code goingBack}: whether a sentence that goes back to an earlier topic is looked for. */
    private Answer answer(Question question, Optional<Language> hint, ConversationContext context, boolean goingBack) {
        Optional<Language> chosen = hint.or(context::language);
        Optional<SmallTalk.Match> talk = smallTalk.match(question);
        // "I need help" right after an answer, without a greeting, asks for help with that answer.
        boolean helpWithTheAnswer = talk.filter(t -> t.kind() == Answer.Kind.HELP && !t.greeted()).isPresent()
                && !context.measures().isEmpty()
                && followUps.aspect(question, chosen.orElse(Language.EN)).filter(a -> a == Aspect.HELP).isPresent();
        if (talk.isPresent() && !helpWithTheAnswer) {
            // "cześć" is Polish whatever was chosen; "hallo", "ok" or "hi" are answered in the chosen
            // language, and with none chosen in the one language they belong to ("hallo": Dutch).
            Language language = talk.get().language().or(() -> chosen).or(() -> talk.get().likely())
                    .orElse(detector.detect(question, hint).language());
            return smallTalkAnswer(talk.get().kind(), language).withContext(context.in(language));
        }
        Language language = language(question, chosen);
        List<QuestionParts.Numbered> numbered = goingBack ? questionParts.numbered(question) : List.of();
        if (numbered.size() > 1) {
            return numbered(numbered, language, context);
        }
        Optional<Answer> waiting = goingBack ? waitingQuestion(question, language, context) : Optional.empty();
        if (waiting.isPresent()) {
            return waiting.get();
        }
        // "And the second thing, the insurance?": the question the last answer left open, read again
        // with what the message adds, as a subject of its own; what it adds alone when the search is
        // sure of it ("Druga sprawa: gdzie dostanę DigiD?" asks anew).
        Optional<Question> otherPart = goingBack && !context.measures().isEmpty() && context.list().isEmpty()
                ? followUps.otherPart(question, language) : Optional.empty();
        if (otherPart.isPresent()) {
            Question added = otherPart.get();
            boolean anew = !added.isEmpty() && search.search(added, language).best().filter(properties::confident).isPresent();
            String asked = anew ? added.clean() : (context.otherQuestion() + " " + added.clean()).trim();
            if (!asked.isEmpty()) {
                return answer(Question.of(asked), hint, context.afresh(), false);
            }
        }
        // "Another thing: where do I get a DigiD?": what follows is a question of its own, and the
        // measure just discussed does not carry over to it, unless it points back and names nothing
        // the search is sure of ("another thing about that law: when?"). The topic it leaves stays
        // among the earlier ones.
        Optional<Question> fresh = goingBack && !context.isEmpty() ? followUps.newSubject(question, language) : Optional.empty();
        if (fresh.isPresent() && !fresh.get().isEmpty() && (!followUps.refersBack(fresh.get(), language)
                || search.search(fresh.get(), language).best().filter(properties::confident).isPresent())) {
            return answer(fresh.get(), hint, context.afresh(), false);
        }
        MeasureReferences.Named naming = references.named(question, language);
        List<String> named = naming.ids();
        if (named.isEmpty() && !context.measures().isEmpty()) {
            named = corpus.measure(context.measures().getFirst())
                    .map(m -> references.inTheme(question, m.theme())).orElse(List.of());
        }
        Optional<Language> requested = followUps.languageRequest(question, language, words -> unknownToTheIndex(words, language));
        if (named.isEmpty() && requested.isPresent() && (!context.measures().isEmpty() || context.list().isPresent())) {
            return again(requested.get(), context);
        }
        if (named.isEmpty() && requested.isPresent() && !context.pending().isEmpty()
                && followUps.languageRequest(Question.of(context.pending()), requested.get()).isEmpty()) {
            return pendingIn(requested.get(), context);
        }
        if (named.size() == 1) {
            LocalizedMeasure m = localized(named.getFirst(), language);
            if (staffParser.parse(question, language).filter(q -> q.type() == StaffQuery.Type.SINCE_WHEN).isPresent()) {
                return sinceWhenAnswer(m, language);
            }
            return isStatusQuestion(question, language) ? statusAnswer(m, language) : about(m, List.of(), null, language, Optional.empty());
        }
        // Only measures the message itself names one by one; "en maatregel 2?" read within the theme
        // just discussed names a number with parts, to choose from.
        if (named.size() > 1 && naming.eachAlone() && named.equals(naming.ids())) {
            return each(named, language);
        }
        if (named.size() > 1) {
            return clarify(named, language, context, question.clean());
        }
        Optional<Question> back = goingBack && (!context.earlier().isEmpty() || !context.measures().isEmpty())
                ? followUps.returnsTo(question, language) : Optional.empty();
        if (back.isPresent()) {
            Optional<Answer> returned = backTo(back.get(), language, context);
            if (returned.isPresent()) {
                return returned.get();
            }
            // It goes back to nothing talked about: read once more as a question of its own, without
            // "back to" (and not again for a "back to" in what is left).
            if (!back.get().isEmpty()) {
                return answer(back.get(), hint, context, false);
            }
        }
        // "Co z trzecim? Dlaczego tam są poważne przeszkody?": the third item, with what is asked of it,
        // not the list narrowed by the status the question names.
        // Only where what follows names no measure of its own ("Ok, de eerste. En wat is de status van de DigiD?").
        Optional<FollowUps.ItemAndQuestion> opening = (context.list().isPresent() ? followUps.openingOrdinal(question, language)
                : Optional.<FollowUps.ItemAndQuestion>empty())
                .filter(o -> references.find(o.question(), language).isEmpty() && !asksTheStatusOfSomethingNamed(o.question(), language));
        OptionalInt openingItem = opening.map(o -> o.position().in(context.offered().size())).orElse(OptionalInt.empty());
        if (openingItem.isPresent() && corpus.measure(context.offered().get(openingItem.getAsInt())).isPresent()) {
            return itemOf(about(localized(context.offered().get(openingItem.getAsInt()), language), List.of(), null, language,
                    followUps.aspect(opening.get().question(), language)), context);
        }
        // "status MyRNI" after a list asks the status of what it names, not the list again.
        if (context.list().isPresent() && !asksTheStatusOfSomethingNamed(question, language)) {
            Optional<Answer> corrected = staffParser.correct(question, language, context.list().get()).flatMap(q -> staffAnswer(q, language));
            if (corrected.isPresent()) {
                return corrected.get();
            }
            Optional<StaffQuery> refined = staffParser.refine(question, language, context.list().get());
            if (refined.filter(q -> q.type() == StaffQuery.Type.UNREADABLE).isPresent()) {
                // The list stays, to be narrowed once more in words that can be read.
                return unreadable(language).withContext(context);
            }
            Optional<Answer> narrowed = refined.flatMap(q -> staffAnswer(q, language));
            // "What's the one about the shelter?": of the list's measures, the one the words fit about as
            // well as anything, not the list narrowed to the one housing measure the words also name.
            // Where the words narrow it to several ("alleen die over huisvesting"), "die" is "those".
            if (context.offered().size() > 1 && followUps.describesAnItem(question, language)
                    && narrowed.filter(a -> a.citations().size() > 1 && !sameMeasures(a, context.offered())).isEmpty()) {
                Optional<String> described = describedAmong(search.search(question, language), context.offered());
                if (described.isPresent()) {
                    return itemOf(about(localized(described.get(), language), List.of(), null, language, Optional.empty()), context);
                }
            }
            if (refined.isPresent()) {
                Optional<Answer> answer = narrowed;
                // A "refinement" that leaves the list as it was may name one of its items instead: "why is
                // the responsible business one delayed?" after the delayed measures, "which of them is
                // about sharing data?"
                // Asking an aspect, or saying more than "list them" in words of its own.
                Optional<Aspect> aspect = followUps.aspect(question, language);
                if (answer.isPresent() && answer.get().kind() == Answer.Kind.LIST && sameMeasures(answer.get(), context.offered())
                        && (aspect.isPresent() || ownWords(question, language).words().count() >= ITEM_OWN_WORDS)) {
                    // Already read as about the list, so long or not it need not point back again; but its
                    // words must find the item surely, or "which of these are about housing?" after the
                    // housing measures would pick one of them.
                    Optional<String> item = search.search(question, language).best().filter(properties::confident)
                            .map(SearchHit::measureId).filter(context.offered()::contains).filter(id -> corpus.measure(id).isPresent());
                    if (item.isPresent()) {
                        return itemOf(about(localized(item.get(), language), List.of(), null, language, aspect), context);
                    }
                }
                return answer.orElseGet(() -> unsure(language, context, question.clean()));
            }
        }
        Optional<Answer> ofItsTheme = aboutTheThemeOfTheLastMeasure(question, language, context);
        if (ofItsTheme.isPresent()) {
            return ofItsTheme.get();
        }
        // "How many measures have that same status?" right after an answer about one measure.
        Optional<StaffQuery> sameStatus = context.measures().isEmpty() ? Optional.empty()
                : corpus.measure(context.measures().getFirst())
                        .flatMap(m -> staffParser.sameStatusAs(question, language, m.status()));
        if (sameStatus.isPresent()) {
            Optional<Answer> answer = staffAnswer(sameStatus.get(), language);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        Optional<StaffQuery> staff = staffParser.parse(question, language, !context.measures().isEmpty());
        // "What is the status of this law?" after an answer asks about the measure just discussed: the
        // follow-up rules below decide, not a fresh search for "law".
        boolean statusOfWhatWasSaid = staff.filter(q -> q.type() == StaffQuery.Type.STATUS_OF).isPresent()
                && !context.measures().isEmpty() && followUps.isFollowUpSized(question, language)
                && followUps.pointsBack(Question.of(staff.get().subject()), language);
        // "Welke termijn geldt er in 2026 voor de huurbescherming?": a date question without the word for
        // measures whose other words one measure answers surely is a migrant's question about that
        // measure; "Какво е планирано за 1 юли 2026 г.?" has no other words that find one.
        if (staff.filter(q -> q.type() == StaffQuery.Type.DATED).isPresent() && !staffParser.namesMeasures(question, language)
                && search.search(staffParser.withoutItsDate(question, language), language).best()
                        .filter(best -> properties.confident(best) && best.score() >= properties.sureScore()).isPresent()) {
            staff = Optional.empty();
        }
        if (staff.filter(q -> q.type() == StaffQuery.Type.UNREADABLE).isPresent()) {
            return unreadable(language).withContext(context.unanswered(language, question.clean()));
        }
        if (staff.isPresent() && !statusOfWhatWasSaid) {
            Optional<Answer> answer = staffAnswer(staff.get(), language);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        // "The last one" only after a list or choices: after an answer its suggestions are only offered,
        // and "de laatste dag?" asks about that answer.
        OptionalInt position = followUps.ordinal(question, language)
                // After an item of a list, "the last one" again, "de laatste uit dat rijtje", "explain the
                // last one", but not "what was the last update?".
                .filter(p -> !p.fromEnd() || context.measures().isEmpty() || (context.onAnItemOfAList()
                        && (followUps.pointsAtAnItem(question, language)
                            || saysNothingOfItsOwn(ownWords(followUps.withoutPlaceWords(question, language), language)))))
                .map(p -> p.in(context.offered().size())).orElse(OptionalInt.empty());
        if (position.isPresent()) {
            String id = context.offered().get(position.getAsInt());
            if (corpus.measure(id).isPresent()) {
                return itemOf(about(localized(id, language), List.of(), null, language, Optional.empty()), context);
            }
        }
        // Searched once: the item of a list it may name, or else the topic it is about.
        SearchResult result = search.search(question, language);
        Optional<String> item = listItemReferredTo(question, language, context, result);
        if (item.isPresent()) {
            return itemOf(about(localized(item.get(), language), List.of(), null, language, followUps.aspect(question, language)), context);
        }
        return topicAnswer(question, language, context, result);
    }

    /** "What is the status of the rent law?", "status MyRNI": a subject of its own that the index knows, not "status of these". */
    private boolean asksTheStatusOfSomethingNamed(Question question, Language language) {
        return staffParser.parse(question, language).filter(q -> q.type() == StaffQuery.Type.STATUS_OF)
                .map(q -> Question.of(q.subject()))
                .filter(subject -> !followUps.pointsBack(subject, language) && knownToTheIndex(subject, language))
                .isPresent();
    }

    private boolean knownToTheIndex(Question words, Language language) {
        MeasureSearch.Words w = search.words(words, language);
        return w.count() > 0 && !w.allUnknown();
    }

    /**
     * Read without the measure ids it names ("Jaki jest status środka werk-4?" is Polish, not Dutch)
     * and without the text it quotes (a Dutch message from the employer pasted into a Polish
     * question); but when what is left says too little and the user chose no language ("status
     * werk-4"), the whole message decides rather than a guess from one word.
     */
    private Language language(Question question, Optional<Language> chosen) {
        String rest = references.withoutIds(Quotations.without(question.clean()));
        if (rest.equals(question.clean())) {
            return detector.detect(question, chosen).language();
        }
        LanguageDetector.Detection withoutIds = detector.detect(Question.of(rest), chosen);
        return withoutIds.clear() || chosen.isPresent() ? withoutIds.language() : detector.detect(question, chosen).language();
    }

    /**
     * "Back to my first question: ...": an earlier list when the rest of the message narrows it ("back
     * to the completed ones: which are about health?"); else the topic talked about before that the
     * rest names, among the measures of the conversation; else, naming nothing the index knows ("maar
     * even terug: hoe ver is het nu?"), the topic before the last. Empty when the rest names something
     * the conversation did not talk about.
     */
    private Optional<Answer> backTo(Question rest, Language language, ConversationContext context) {
        ConversationContext.Earlier earlier = context.earlier();
        // Only its measures, not a whole answer: most messages that go back never use them.
        List<String> listed = earlier.list().map(staffAnswers::measureIds).orElse(List.of());
        // "Back to the list before: the fifth one, what is it about?"; "back to my first question: ...",
        // the topics talked about counted from the oldest.
        Optional<FollowUps.ListPosition> position = followUps.ordinal(rest, language, true);
        if (position.isPresent()) {
            List<String> counted = followUps.namesAQuestion(rest, language) ? earlier.measures().reversed() : listed;
            OptionalInt index = position.get().in(counted.size());
            if (index.isPresent() && corpus.measure(counted.get(index.getAsInt())).isPresent()) {
                String id = counted.get(index.getAsInt());
                return Optional.of(followUpOn(id, rest, language, context.backTo(id), search.search(rest, language)));
            }
        }
        if (earlier.list().isPresent() && !rest.isEmpty()) {
            Optional<StaffQuery> refined = staffParser.refine(rest, language, earlier.list().get())
                    .filter(q -> !q.equals(earlier.list().get()));
            Optional<Answer> list = refined.flatMap(q -> staffAnswer(q, language))
                    .filter(a -> a.kind() != Answer.Kind.LIST || !sameMeasures(a, listed));
            if (list.isPresent()) {
                return list;
            }
        }
        // "Back to the list: which housing measures are delayed?" is a staff question of its own.
        Optional<Answer> staff = staffParser.parse(rest, language).flatMap(q -> staffAnswer(q, language));
        if (staff.isPresent()) {
            return staff;
        }
        java.util.Set<String> talkedAbout = new java.util.LinkedHashSet<>(context.measures());
        talkedAbout.addAll(earlier.measures());
        talkedAbout.addAll(listed);
        OwnWords own = ownWords(rest, language);
        if (own.words().count() > own.words().unknown()) {
            SearchResult result = search.search(rest, language);
            Optional<SearchHit> best = result.best();
            // Not when the words are surely about something else: "back to my housing problem: can they
            // inspect unannounced?" asks about inspections, however much housing was talked about.
            return result.hits().stream().limit(BACK_TO_HITS).filter(h -> talkedAbout.contains(h.measureId()))
                    .filter(h -> corpus.measure(h.measureId()).isPresent()).findFirst()
                    .filter(h -> best.filter(properties::confident).isEmpty() || h.score() >= BACK_TO_SHARE * best.get().score())
                    .map(h -> followUpOn(h.measureId(), rest, language, context.backTo(h.measureId()), result));
        }
        Optional<String> before = earlier.measures().stream().findFirst().or(() -> context.measures().stream().findFirst())
                .filter(id -> corpus.measure(id).isPresent());
        if (before.isPresent()) {
            return Optional.of(followUpOn(before.get(), rest, language, context.backTo(before.get()), search.search(rest, language)));
        }
        return earlier.list().flatMap(q -> staffAnswer(q, language));
    }

    /** What a follow-up on {@code measureId} asks: a fact the corpus does not hold is declined, an aspect answered. */
    private Answer followUpOn(String measureId, Question question, Language language, ConversationContext context, SearchResult result) {
        boolean asksForFact = asksForFact(question, language);
        if (asksForFact || asksForMissingAmount(question, language, measureId)) {
            return noFactsAnswer(asksForFact ? "fallback.noFacts" : "fallback.noAmount", Optional.of(measureId), language, context,
                    question.clean());
        }
        return aspectOf(measureId, language, followUps.aspect(question, language), result);
    }

    /** The measure again, leading with what the follow-up asks of it; where to get help is answered with the help the sources name. */
    private Answer aspectOf(String measureId, Language language, Optional<Aspect> aspect, SearchResult result) {
        return aspect.filter(a -> a == Aspect.HELP).isPresent() ? helpWith(measureId, language, result)
                : about(localized(measureId, language), List.of(), null, language, aspect);
    }

    /**
     * "Tell me more about the one with the quality marks" after a list or choices (not after an
     * answer, whose suggestions are only offered): a short message
     * that points back picks the item of the list its own words fit, among its three best matches.
     */
    private Optional<String> listItemReferredTo(Question question, Language language, ConversationContext context, SearchResult result) {
        // After an answered measure its suggestions are only offered: "and when?" is about the measure.
        if (context.offered().size() < 2 || !context.measures().isEmpty() || !followUps.carriesOn(question, language)) {
            return Optional.empty();
        }
        List<SearchHit> best = result.hits().stream().limit(3).toList();
        return best.stream().filter(h -> !behindTheFirstOfItsTopic(h, best, context.offered())).map(SearchHit::measureId)
                .filter(context.offered()::contains).filter(id -> corpus.measure(id).isPresent()).findFirst();
    }

    /**
     * Found only through a topic whose better match is another measure, not in the list: "what is
     * going on with that rent protection?" after the completed housing measures meets the letter's
     * passage on housing, which names the rent protection first and the landlord act after it.
     */
    private static boolean behindTheFirstOfItsTopic(SearchHit hit, List<SearchHit> best, List<String> offered) {
        return hit.throughTopic() && best.stream().anyMatch(other -> other != hit && other.score() > hit.score()
                && hit.topicId().equals(other.topicId()) && !offered.contains(other.measureId()));
    }

    /**
     * Of the measures shown, the one a description's words fit about as well as anything: "die met de
     * zorgverzekering" after the answer on quality marks asks of another subject, not of a measure shown.
     */
    private Optional<String> describedAmong(SearchResult result, java.util.Collection<String> shown) {
        float bestScore = result.best().map(SearchHit::score).orElse(0f);
        return notCovered(result) ? Optional.empty() : result.hits().stream().limit(DESCRIBED_CHOICE_REACH)
                .filter(h -> shown.contains(h.measureId()) && h.score() >= NEAR_LAST_SHARE * bestScore)
                .map(SearchHit::measureId).filter(id -> corpus.measure(id).isPresent()).findFirst();
    }

    /**
     * An item of a list or of choices, answered: the list stays what an ordinal points at, so that
     * "and the fifth?" or "the last one" after "tell me about the third one" counts in the list again.
     */
    private static Answer itemOf(Answer answer, ConversationContext context) {
        return answer.withContext(answer.context().offering(context.offered()));
    }

    /** Whether the id names a measure, as a chosen suggestion must. */
    public boolean knows(String measureId) {
        return corpus.measure(measureId).isPresent();
    }

    /** The answer to a suggestion the user chose (a button): that measure, the conversation kept. */
    public Answer choose(String measureId, Optional<Language> hint, ConversationContext context) {
        Language language = hint.or(context::language).orElse(Language.EN);
        if (corpus.measure(measureId).isEmpty()) {
            return unsure(language, context, "");
        }
        return about(localized(measureId, language), List.of(), null, language, Optional.empty());
    }

    /** "Status van werk-4?", "is werk-4 al klaar?": the status, not the whole measure. */
    private boolean isStatusQuestion(Question question, Language language) {
        return staffParser.parse(question, language).map(q -> q.type() == StaffQuery.Type.STATUS_OF).orElse(false)
                || followUps.aspect(question, language).filter(a -> a == Aspect.DONE || a == Aspect.WHEN).isPresent();
    }

    /**
     * "Can you write that in English?" when nothing was answered yet: the message still waiting is
     * read again in its own language and what comes of it said in the language asked for.
     */
    private Answer pendingIn(Language language, ConversationContext context) {
        // Read as when it was first asked: the choices offered since are not what it was about.
        ConversationContext before = new ConversationContext(context.language(), context.measures(), List.of(),
                context.list(), "", context.at());
        Answer read = ask(context.pending(), Optional.empty(), before);
        if (read.language() == language) {
            return read;
        }
        ConversationContext found = read.context();
        if (!found.measures().isEmpty() || found.list().isPresent()) {
            return again(language, found);
        }
        if (read.kind() == Answer.Kind.CLARIFY) {
            return clarify(found.offered(), language, context, context.pending());
        }
        SearchResult result = search.search(Question.of(context.pending()), read.language());
        // A decline for a subject the measures do not cover is said again; any other (a fact the
        // corpus does not hold, nothing sure) becomes the plain "not sure" in that language.
        return read.kind() == Answer.Kind.NOT_COVERED && result.notCovered().isPresent()
                ? notCoveredAnswer(result, language, context, context.pending())
                : unsure(language, context, context.pending());
    }

    /** The last answer again, in the language asked for ("can you say that in Polish?"). */
    private Answer again(Language language, ConversationContext context) {
        if (!context.measures().isEmpty()) {
            String best = context.measures().getFirst();
            List<LocalizedMeasure> related = context.measures().stream().skip(1).filter(id -> corpus.measure(id).isPresent())
                    .map(id -> localized(id, language)).toList();
            if (corpus.measure(best).isPresent()) {
                return about(localized(best, language), related, null, language, Optional.empty());
            }
        }
        return context.list().flatMap(q -> staffAnswer(q, language)).orElseGet(() -> unsure(language, context, ""));
    }

    private Optional<Answer> staffAnswer(StaffQuery query, Language language) {
        switch (query.type()) {
            case LIST -> {
                StaffAnswer a = staffAnswers.list(query, language);
                return Optional.of(Answer.of(language, true, parts(a), citations(a), Answer.Kind.LIST)
                        .withContext(ConversationContext.listed(language, query, ids(a))));
            }
            case COUNT -> {
                StaffAnswer a = staffAnswers.count(query, language);
                return Optional.of(Answer.of(language, true, parts(a), citations(a), Answer.Kind.COUNT)
                        .withContext(ConversationContext.listed(language, query, ids(a))));
            }
            case MOST_IN_A_THEME, FEWEST_IN_A_THEME -> {
                StaffAnswers.ThemeRanking r = staffAnswers.ranking(query, language);
                if (r.list().measures().isEmpty()) {
                    // No theme has any of them: the count says so, rather than "the most: every theme".
                    return staffAnswer(new StaffQuery(StaffQuery.Type.COUNT, query.statuses(), query.excluded(), query.themes(), ""), language);
                }
                List<AnswerPart> parts = new ArrayList<>();
                parts.add(new AnswerPart.Lead(r.lead() + " " + String.join(" ", r.counts())));
                parts.addAll(parts(r.list()));
                return Optional.of(Answer.of(language, true, parts, citations(r.list()), Answer.Kind.LIST)
                        .withContext(ConversationContext.listed(language, r.winners(), ids(r.list()))));
            }
            case SINCE_WHEN -> {
                return measureNamedIn(query, language).map(m -> sinceWhenAnswer(m, language));
            }
            case CHANGES -> {
                return Optional.of(linedAnswer(editionAnswers.changes(language), language));
            }
            case CHANGED_THIS_YEAR -> {
                return Optional.of(linedAnswer(editionAnswers.changedThisYear(query, language), language));
            }
            case DATED -> {
                // A list like any other for what follows: "the second one", "the one about housing", "which of these are delayed?".
                Answer dated = linedAnswer(dueDates.answer(query, language), language);
                return Optional.of(dated.withContext(ConversationContext.listed(language, query,
                        dated.citations().stream().map(Citation::id).toList())));
            }
            case STATUS_OF -> {
                Question subject = Question.of(query.subject());
                List<String> named = references.find(subject, language);
                if (named.size() == 1) {
                    return Optional.of(statusAnswer(localized(named.getFirst(), language), language));
                }
                Optional<SearchHit> best = search.search(subject, language).best();
                if (best.isEmpty() || !properties.confident(best.get())) {
                    return Optional.empty();
                }
                return Optional.of(statusAnswer(localized(best.get().measureId(), language), language));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** The one measure a status question's subject names, or the one it is confidently about. */
    private Optional<LocalizedMeasure> measureNamedIn(StaffQuery query, Language language) {
        Question subject = Question.of(query.subject());
        List<String> named = references.find(subject, language);
        if (named.size() == 1) {
            return Optional.of(localized(named.getFirst(), language));
        }
        return search.search(subject, language).best().filter(properties::confident).map(hit -> localized(hit.measureId(), language));
    }

    private Answer sinceWhenAnswer(LocalizedMeasure m, Language language) {
        List<AnswerPart> parts = new ArrayList<>();
        if (!m.translated()) {
            parts.add(new AnswerPart.Lead(messages.text(language, "answer.untranslated")));
        }
        parts.add(new AnswerPart.Lead(editionAnswers.sinceWhen(m, language)));
        parts.add(new AnswerPart.MeasureLink(Citation.of(m), composer.status(language, m), messages.text(language, "answer.readMore")));
        return Answer.of(language, true, parts, List.of(Citation.of(m)), Answer.Kind.STATUS)
                .withContext(ConversationContext.about(language, List.of(m.id()), List.of(m.id())));
    }

    /** The lead, each measure with its line, or that there are none; cited are exactly the measures named. */
    private Answer linedAnswer(LinedAnswer a, Language language) {
        List<AnswerPart> parts = new ArrayList<>();
        parts.add(new AnswerPart.Lead(a.lead()));
        a.lines().forEach(line -> parts.add(new AnswerPart.MeasureLink(Citation.of(line.measure()), line.text(),
                messages.text(language, "answer.readMore"))));
        a.none().ifPresent(none -> parts.add(new AnswerPart.Lead(none)));
        List<Citation> citations = a.lines().stream().map(line -> Citation.of(line.measure())).toList();
        return Answer.of(language, true, parts, citations, Answer.Kind.LIST)
                .withContext(ConversationContext.about(language, List.of(), citations.stream().map(Citation::id).toList()));
    }

    /** Several measures named one by one ("werk-4 en werk-5", "Registration 2a vs 2c"): each with its status. */
    private Answer each(List<String> ids, Language language) {
        List<Citation> citations = ids.stream().map(id -> Citation.of(localized(id, language))).toList();
        List<AnswerPart> parts = List.of(new AnswerPart.MeasureList(messages.text(language, "answer.named"), citations),
                new AnswerPart.Lead(staffAnswers.asOf(language)));
        return Answer.of(language, true, parts, citations, Answer.Kind.LIST)
                .withContext(ConversationContext.about(language, List.of(), List.copyOf(ids)));
    }

    private Answer statusAnswer(LocalizedMeasure m, Language language) {
        List<AnswerPart> parts = new ArrayList<>();
        if (!m.translated()) {
            parts.add(new AnswerPart.Lead(messages.text(language, "answer.untranslated")));
        }
        parts.add(new AnswerPart.Lead(staffAnswers.statusOf(m, language)));
        parts.add(new AnswerPart.MeasureLink(Citation.of(m), composer.status(language, m), messages.text(language, "answer.readMore")));
        return Answer.of(language, true, parts, List.of(Citation.of(m)), Answer.Kind.STATUS)
                .withContext(ConversationContext.about(language, List.of(m.id()), List.of(m.id())));
    }

    /** Honest about a list or count whose negation could not be read, with the way to ask that can be. */
    private Answer unreadable(Language language) {
        return Answer.of(language, false, List.of(new AnswerPart.Lead(messages.text(language, "list.unreadable"))), List.of(),
                Answer.Kind.UNSURE);
    }

    /** A list: its heading with the measures, or that there are none; a count: its sentence. Then the date. */
    private static List<AnswerPart> parts(StaffAnswer a) {
        List<AnswerPart> parts = new ArrayList<>();
        if (a.listed()) {
            parts.add(new AnswerPart.MeasureList(a.heading(), citations(a)));
        } else {
            parts.add(new AnswerPart.Lead(a.heading()));
        }
        a.none().ifPresent(none -> parts.add(new AnswerPart.Lead(none)));
        parts.add(new AnswerPart.Lead(a.asOf()));
        return parts;
    }

    private static List<Citation> citations(StaffAnswer a) {
        return a.measures().stream().map(Citation::of).toList();
    }

    private static boolean sameMeasures(Answer answer, List<String> measures) {
        return java.util.Set.copyOf(answer.citations().stream().map(Citation::id).toList()).equals(java.util.Set.copyOf(measures));
    }

    private static List<String> ids(StaffAnswer a) {
        return a.measures().stream().map(LocalizedMeasure::id).toList();
    }

    private Answer topicAnswer(Question question, Language language, ConversationContext context, SearchResult result) {
        Optional<SearchHit> best = result.best();
        boolean confident = best.isPresent() && properties.confident(best.get());
        // The measure a follow-up is about: the one last answered, or the only one of the last list;
        // none when the message is about something the measures do not know ("who is playing
        // football tonight?" asks "who", but not about the measure).
        Optional<String> discussed = (!context.measures().isEmpty() ? Optional.of(context.measures().getFirst())
                : context.offered().size() == 1 ? Optional.of(context.offered().getFirst()) : Optional.<String>empty())
                .filter(id -> corpus.measure(id).isPresent());
        // "Die over het samenvoegen van de twee keurmerken" right after an answer: of the measure answered
        // and those offered beside it, the one the message's words fit best.
        if (discussed.isPresent() && !context.offered().isEmpty() && followUps.describesAnItem(question, language)) {
            java.util.Set<String> shown = new java.util.HashSet<>(context.measures());
            shown.addAll(context.offered());
            Optional<String> chosen = describedAmong(result, shown);
            if (chosen.isPresent()) {
                return about(localized(chosen.get(), language), List.of(), null, language, Optional.empty());
            }
        }
        // "I have a contract with the firm itself. Does that apply to me too?": what the message tells
        // is the user's own case of the measure just discussed, whatever measure those words would find.
        // Not when the case told is a subject the measures do not cover ("als zzp'er"): that is declined below.
        if (discussed.isPresent() && !notCovered(result) && asksIfItAppliesToo(question, language, discussed.get())) {
            return about(localized(discussed.get(), language), List.of(), null, language, Optional.of(Aspect.FOR_ME));
        }
        // Read once, and only where it is asked below: with a measure just discussed, or when unsure.
        boolean followUpSized = (discussed.isPresent() || !confident) && followUps.isFollowUpSized(question, language);
        Optional<Aspect> aspect = followUps.aspect(question, language);
        // What a short message says of its own, read once and only when a measure was just discussed.
        Optional<OwnWords> own = discussed.isPresent() && followUpSized
                ? Optional.of(ownWords(question, language)) : Optional.empty();
        Optional<String> last = discussed.filter(id -> own.filter(OwnWords::aboutTheUnknown).isEmpty());
        boolean lastMeasure = last.isPresent();

        // A short follow-up about the measure just discussed is declined as not covered only when it
        // names the subject in words no measure has ("and the child benefit?"), not for a shared
        // everyday word ("and when will that change?").
        // A short message whose best match is the measure just discussed is such a follow-up too
        // ("ile dni?" after the answer on health insurance, "by phone?" after the one on legal aid).
        boolean followUp = lastMeasure && followUpSized && (followUps.pointsBack(question, language) || aspect.isPresent()
                || best.map(SearchHit::measureId).filter(last.get()::equals).isPresent());
        // Or when the subject fits better than every measure ("also what's a good cheap phone plan here?").
        if (notCovered(result) && (!followUp || result.notCovered().get().beyondCorpus() >= properties.notCoveredOwnWords()
                || best.filter(b -> b.score() < result.notCovered().get().score()).isPresent())) {
            return coveredPart(question, language, context).orElseGet(() -> notCoveredAnswer(result, language, context, question.clean()));
        }
        // The measure the answer would be about: the one found, or in a short follow-up the last one.
        Optional<String> about = confident ? best.map(SearchHit::measureId) : followUpSized ? last : Optional.empty();
        boolean missingAmount = about.isPresent() && asksForMissingAmount(question, language, about.get());
        boolean asksForFact = asksForFact(question, language);
        if (asksForFact || missingAmount) {
            Optional<Answer> covered = asksForFact ? Optional.empty() : coveredPart(question, language, context);
            if (covered.isPresent()) {
                return covered.get();
            }
            return noFactsAnswer(missingAmount && !asksForFact ? "fallback.noAmount" : "fallback.noFacts", best.filter(properties::confident).map(SearchHit::measureId)
                    .or(() -> last), language, context, question.clean());
        }
        // "Can you say that more simply? I don't get it.": long or short, the measure just discussed,
        // when the message says nothing the index knows besides asking that ("I don't understand, can
        // I get a mortgage?" is a question of its own).
        if (discussed.isPresent() && aspect.filter(a -> a == Aspect.SIMPLER).isPresent()
                && saysNothingOfItsOwn(own.orElseGet(() -> ownWords(question, language)))) {
            return about(localized(discussed.get(), language), List.of(), null, language, aspect);
        }
        // A short question about the measure just discussed ("and when does that change?") continues
        // the conversation, unless it clearly names a subject of its own.
        if (lastMeasure && followUpSized) {
            boolean pointsBack = followUps.pointsBack(question, language);
            // Only what points back or asks an aspect continues; anything else short and unsure is
            // declined or offered choices below, never answered with the last measure by default.
            // An unsure short message whose few matches include the measure just discussed is about it too.
            boolean nearLast = !confident && amongBest(result, last.get(), NEAR_LAST_HITS);
            // "Kan online?" after the answer on reporting a new address: unsure, and every word it
            // has of its own is in the measure just discussed.
            boolean wordsOfLast = !confident && coverage(result, last.get()) >= WHOLLY_COVERED;
            // "bij elk rni loket?" after the answer on DigiD at the RNI desks: sure of a few measures
            // alike, the one just discussed among them, holding as much of the message as the best.
            boolean tiedWithLast = confident && nearlyAsSure(result, last.get(), best.get())
                    && coverage(result, last.get()) >= best.get().coverage();
            // "Up to how much?", "do kakva suma": an amount the measure just discussed states.
            boolean amountOfLast = asksForAmount(question, language) && amounts.sentence(last.get(), language, question).isPresent();
            boolean doubts = followUps.doubtsTheAnswer(question, language);
            if ((aspect.isPresent() || pointsBack || nearLast || amountOfLast || wordsOfLast || tiedWithLast || doubts)
                    && !namesItsOwnSubject(question, language, result, last.get(), own.get(), context, aspect, pointsBack, doubts)) {
                return aspectOf(last.get(), language, aspect, result);
            }
        }
        if (!confident && !context.pending().isEmpty()) {
            // A clarification after a message that could not be answered: read the two together.
            Question together = Question.of(context.pending() + " " + question.clean());
            SearchResult combined = search.search(together, language);
            if (combined.best().filter(properties::confident).isPresent() && !notCovered(combined)) {
                return answerFrom(combined, together, language, context);
            }
        }
        // Offered and pending with no measure discussed: the last turn asked which of these was meant.
        if (!confident && context.measures().isEmpty() && !context.pending().isEmpty() && !context.offered().isEmpty()
                && followUps.carriesOn(question, language)) {
            // "Since when?" right after "Did you mean A or B?" is about one of them: ask again which.
            return clarify(context.offered(), language, context, context.pending());
        }
        Optional<Answer> themeChoices = themeChoices(result, question, language, context, confident);
        if (themeChoices.isPresent()) {
            return themeChoices.get();
        }
        if (!confident) {
            return clarifyOrUnsure(result, language, context, question);
        }
        Answer answer = answerFrom(result, question, language, context);
        return followUpSized || answer.kind() != Answer.Kind.TOPIC ? answer : withTheOtherQuestion(answer, question, language);
    }

    /**
     * "Mijn bureau wil dat ik mijn adres zelf aan de RNI doorgeef, hoe doe ik dat? En hoe vraag ik
     * een Europese zorgpas aan?": answered on the first, a message that asks a second thing of its
     * own keeps it for "and the other question?"; when the measures do not answer it, the answer
     * says so, and when another measure does, that measure is offered first.
     */
    private Answer withTheOtherQuestion(Answer answer, Question question, Language language) {
        List<Question> parts = questionParts.of(question, language);
        if (parts.size() < 2) {
            return answer;
        }
        for (Question part : parts) {
            Optional<Answer> leftOpen = leavingOpen(answer, part, language);
            if (leftOpen.isPresent()) {
                return leftOpen.get();
            }
        }
        return answer;
    }

    /**
     * The answer keeping {@code part} open as another question of the message: said to be beyond the
     * measures when it is, else with the measure that answers it offered first. Empty when the part
     * goes on about the question answered.
     */
    private Optional<Answer> leavingOpen(Answer answer, Question part, Language language) {
        String answered = answer.citations().getFirst().id();
        // What points back or asks an aspect ("Se poate face de pe telefon?") goes on about the
        // question answered, and so does a part whose best match is the measure answered.
        if (followUps.refersBack(part, language) || followUps.aspect(part, language).isPresent()) {
            return Optional.empty();
        }
        SearchResult result = search.search(part, language);
        if (result.best().filter(b -> b.measureId().equals(answered)).isPresent()) {
            return Optional.empty();
        }
        // Said to be beyond the measures only when it names the subject in words no measure has
        // ("vakantiegeld", "зъболекар"), not when an everyday word meets one ("pe telefon?").
        boolean beyond = notCovered(result) ? result.notCovered().get().beyondCorpus() >= properties.notCoveredOwnWords()
                : result.best().filter(b -> asksForMissingAmount(part, language, b.measureId())).isPresent();
        if (beyond) {
            return Optional.of(declining(answer, part, language));
        }
        Optional<String> other = result.best().filter(b -> b.score() >= properties.sureScore()).map(SearchHit::measureId);
        if (other.isEmpty()) {
            return Optional.empty();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        suggestions.add(Suggestion.of(localized(other.get(), language)));
        answer.suggestions().stream().filter(s -> !s.id().equals(other.get())).forEach(suggestions::add);
        // The suggestions as shown are what "the first one" points at.
        return Optional.of(answer.withSuggestions(suggestions).withContext(answer.context()
                .offering(suggestions.stream().map(Suggestion::id).toList()).withOtherQuestion(asked(part))));
    }

    /**
     * "1) ... 2) ...": a message that numbers its questions is answered in the order the user chose,
     * on the first, or on the one a closing sentence names ("Start with 3 please."); the others wait
     * for "and the second question?". When the measures do not cover the one answered first, the
     * first of the others they answer is answered, saying so of it.
     */
    private Answer numbered(List<QuestionParts.Numbered> numbered, Language language, ConversationContext context) {
        List<QuestionParts.Numbered> parts = chosenFirst(numbered, language);
        Optional<Language> asked = Optional.of(language);
        Question first = parts.getFirst().question();
        List<QuestionParts.Numbered> others = parts.subList(1, parts.size());
        int count = parts.size();
        Answer answer = answer(first, asked, context, false);
        if (answer.kind() == Answer.Kind.TOPIC) {
            return stillWaiting(leavingOpen(answer, others.getFirst().question(), language).orElse(answer), others, count);
        }
        // Beyond the measures, or not understood: the first of the others the measures answer is
        // answered; a first question beyond them is said to be so, one not understood still waits.
        boolean beyond = answer.kind() == Answer.Kind.NOT_COVERED;
        if (beyond || answer.kind() == Answer.Kind.UNSURE) {
            for (QuestionParts.Numbered other : others) {
                Answer covered = answer(other.question(), asked, context, false);
                if (covered.kind() == Answer.Kind.TOPIC) {
                    List<QuestionParts.Numbered> left = new ArrayList<>(parts.stream().filter(o -> o != other).toList());
                    if (beyond) {
                        left.removeFirst();
                    }
                    return stillWaiting(beyond ? declining(covered, first, language) : covered, left, count);
                }
            }
        }
        return stillWaiting(answer, others, count);
    }

    /**
     * The questions in the order to answer them: the one a short closing sentence says to start with
     * first ("Begin maar met de tweede.", "Start with 3 please."); a closing sentence that only
     * tells a number ("Ik ben 2 weken ziek.") names none.
     */
    private List<QuestionParts.Numbered> chosenFirst(List<QuestionParts.Numbered> parts, Language language) {
        QuestionParts.Numbered last = parts.getLast();
        String[] sentences = TextNormalizer.markedSentences(last.question().clean());
        if (sentences.length < 2) {
            return parts;
        }
        Question said = Question.of(sentences[sentences.length - 1]);
        if (!followUps.saysWhereToStart(said, language)) {
            return parts;
        }
        // "First the second one please", "Първо второто": the word for starting is no ordinal of its own.
        Question closing = followUps.withoutStartWords(said, language);
        Optional<FollowUps.ListPosition> position = followUps.ordinal(closing, language, true)
                .or(() -> followUps.numberInAShortSentence(closing));
        OptionalInt named = position.map(p -> p.in(parts.size())).orElse(OptionalInt.empty());
        if (named.isEmpty()) {
            return parts;
        }
        List<QuestionParts.Numbered> ordered = new ArrayList<>(parts);
        String told = String.join(" ", java.util.Arrays.copyOf(sentences, sentences.length - 1));
        ordered.set(ordered.size() - 1, new QuestionParts.Numbered(last.number(), Question.of(told)));
        ordered.addFirst(ordered.remove(named.getAsInt()));
        return ordered;
    }

    /** The answer, the numbered questions not answered yet waiting for the next turn ({@code asked}: how many the message asked). */
    private static Answer stillWaiting(Answer answer, List<QuestionParts.Numbered> others, int asked) {
        return others.isEmpty() ? answer : answer.withContext(answer.context().withOtherQuestion(QuestionParts.written(others, asked)));
    }

    /**
     * "Now the second question", "nu 1", "the last one", "the one in the middle" after an answer to
     * one question of a numbered message: the question the user gave that place (the last or middle
     * of all asked), or the next waiting one for "the other question". After a list, whose items an
     * ordinal also names, only words that name a question ("the second question") pick one.
     */
    private Optional<Answer> waitingQuestion(Question question, Language language, ConversationContext context) {
        QuestionParts.Waiting waiting = QuestionParts.waiting(context.otherQuestion());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Optional<Question> otherPart = followUps.otherPart(question, language);
        boolean namesAQuestion = otherPart.isPresent() || followUps.namesAQuestion(question, language);
        if (context.list().isPresent() && !namesAQuestion) {
            return Optional.empty();
        }
        Optional<FollowUps.ListPosition> position = followUps.ordinal(question, language);
        Optional<QuestionParts.Numbered> picked;
        if (position.isPresent()) {
            FollowUps.ListPosition p = position.get();
            OptionalInt place = p.fromEnd() ? p.in(waiting.asked()) : OptionalInt.of(p.number() - 1);
            picked = place.isPresent() ? waiting.numbered(place.getAsInt() + 1) : Optional.empty();
            // "And the last question?" for one already answered: the next that waits, the others kept.
            if (picked.isEmpty() && namesAQuestion) {
                picked = Optional.of(waiting.questions().getFirst());
            }
        } else {
            picked = otherPart.filter(Question::isEmpty).map(q -> waiting.questions().getFirst());
        }
        return picked.map(w -> {
            Answer answer = answer(w.question(), Optional.of(language), context.afresh(), false);
            String left = waiting.without(w);
            return left.isEmpty() ? answer : answer.withContext(answer.context().withOtherQuestion(left));
        });
    }

    /**
     * "cazare 😡", "housing?", "Locuință și cazare": a theme's name alone does not say which of its
     * measures is meant. The search answers it only when it is sure of one of that theme's measures;
     * else the theme's measures that came closest are the choices, never measures of other themes
     * that happen to share the word.
     */
    private Optional<Answer> themeChoices(SearchResult result, Question question, Language language, ConversationContext context,
                                          boolean confident) {
        Optional<String> theme = staffParser.themeNamedAlone(question, language);
        if (theme.isEmpty() || (confident && result.best().map(SearchHit::measureId).filter(id -> ofTheme(id, theme.get())).isPresent())) {
            return Optional.empty();
        }
        List<String> ofTheme = result.hits().stream().map(SearchHit::measureId)
                .filter(id -> ofTheme(id, theme.get())).limit(MAX_CHOICES).toList();
        // One measure of the theme alone found is no choice: the search decides as for any message.
        return ofTheme.size() < 2 ? Optional.empty() : Optional.of(clarify(ofTheme, language, context, question.clean()));
    }

    /**
     * Whether a short message after an answer about {@code last} names a subject of its own: one the
     * search is sure of, which is neither that measure nor one just shown with it. A message of
     * nothing but asking and pointing words ("and what will change?") never does. One that neither
     * points back nor asks an aspect does whenever the search is sure. Otherwise the other measure
     * must hold most of the message, or fit its own words far better than the last one does: a
     * message that only carries on ("And if I am fired, must I move out at once?") where the last
     * measure holds less of it, or one whose other measure scores far above the last. {@code doubts}:
     * the message doubts the answer just given ({@link FollowUps#doubtsTheAnswer}), read once by the caller.
     */
    private boolean namesItsOwnSubject(Question question, Language language, SearchResult result, String last, OwnWords own,
                                       ConversationContext context, Optional<Aspect> aspect, boolean pointsBack, boolean doubts) {
        Optional<SearchHit> found = result.best().filter(properties::confident);
        if (found.isEmpty() || found.get().measureId().equals(last) || own.words().count() == 0) {
            return false;
        }
        // "Is that law already in force?": pointing back, its only words of its own say what kind of
        // thing the measure just discussed is, and name no other subject.
        if (pointsBack && followUps.namesOnlyAKind(own.question(), language)) {
            return false;
        }
        SearchHit other = found.get();
        boolean holdsIt = other.score() >= properties.sureScore() && other.coverage() >= OWN_SUBJECT_COVERAGE;
        // "Are you sure? The agency says only the client company is responsible": doubting the answer
        // just given is about that answer, unless another measure surely holds most of the message.
        if (doubts && !holdsIt) {
            return false;
        }
        // A measure shown beside the last one is its own subject only when the message is surely and
        // wholly about it and does not point back ("and is there a leaflet about stress in Polish?"
        // after the answer on insurance, but not "and when can I get it at every RNI desk?"). Wholly
        // in the words the index knows: "meteen" and "erbij" in "en digid meteen erbij?" are no
        // measure's, and would otherwise make DigiD only a fifth of the message.
        // ("Și dacă am contract doar pe o lună?", a condition added to the last, is not such a message.)
        if (context.measures().contains(other.measureId())) {
            float knownShare = 1 - own.words().unknownShare();
            float coverageOfKnown = knownShare > 0 ? Math.min(1, other.coverage() / knownShare) : other.coverage();
            boolean whollyInKnownWords = other.score() >= properties.sureScore() && coverageOfKnown >= OWN_SUBJECT_COVERAGE
                    && !(followUps.addsACondition(question, language) && amongBest(result, last, CONDITION_HITS));
            // "Și cu asigurarea cum rămâne?" after the answer on the rent protection, with the one on
            // health insurance shown beside it: sure of that one, and the last is not even among the
            // message's best matches.
            boolean lastLeftBehind = other.score() >= properties.sureScore() && coverageOfKnown >= LEFT_BEHIND_COVERAGE
                    && !amongBest(result, last, LEFT_BEHIND_HITS);
            return (holdsIt || whollyInKnownWords || lastLeftBehind) && !followUps.refersBack(question, language)
                    && ownWordsFind(own, language, other.measureId());
        }
        // "What happens when the contract ends?" after the answer on health insurance: the measure
        // just discussed fits the message nearly as well as the best, so the message goes on with it.
        if (nearlyAsSure(result, last, other)) {
            return false;
        }
        if (holdsIt) {
            return true;
        }
        // "And if I only have a contract for three months?" adds a circumstance to what was asked:
        // while its words still find the measure just discussed among their best matches, only a
        // message surely and wholly about another measure moves on ("and if I am fired, must I move
        // out at once?" after the rent deduction finds nothing of it, and moves on).
        if (followUps.addsACondition(question, language)
                && amongBest(result, last, CONDITION_HITS)) {
            return false;
        }
        if (!pointsBack && aspect.isEmpty()) {
            return true;
        }
        boolean sure = other.score() >= properties.sureScore();
        float lastCoverage = coverage(result, last);
        boolean onlyCarriesOn = aspect.isEmpty() && !followUps.refersBack(question, language) && lastCoverage < other.coverage();
        boolean farAbove = sure && ((other.coverage() >= FAR_SUBJECT_COVERAGE && lastCoverage < other.coverage() / 4)
                || other.score() >= FAR_SUBJECT_SCORE_RATIO * score(result, last));
        // Either way the message's own words must find that measure: one more search, so asked last and once.
        return (onlyCarriesOn || farAbove) && ownWordsFind(own, language, other.measureId());
    }

    /**
     * "Mag mijn werkgever de huur van mijn loon afhouden, en hoeveel vakantiegeld krijg ik?": of a
     * message that asks two things, one the measures cover and one they do not, the covered one is
     * answered, with a word that the other is beyond them; the other waits, so that "and the second
     * thing?" can be answered (declined) next. Empty when the message asks one thing, or when no
     * question of it is surely answered.
     */
    private Optional<Answer> coveredPart(Question question, Language language, ConversationContext context) {
        List<Question> parts = questionParts.of(question, language);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<SearchResult> results = parts.stream().map(part -> search.search(part, language)).toList();
        boolean[] unanswerable = new boolean[parts.size()];
        int uncovered = -1;
        for (int i = 0; i < parts.size(); i++) {
            unanswerable[i] = unanswerable(parts.get(i), results.get(i), language);
            if (unanswerable[i] && uncovered < 0) {
                uncovered = i;
            }
        }
        if (uncovered < 0) {
            return Optional.empty();
        }
        SearchResult beyond = results.get(uncovered);
        List<String> touched = notCovered(beyond) ? beyond.notCovered().get().touches() : List.of();
        for (int i = 0; i < parts.size(); i++) {
            Question part = parts.get(i);
            SearchResult result = results.get(i);
            Optional<SearchHit> best = result.best().filter(b -> b.score() >= properties.sureScore());
            // A request for an address or opening hours is no other question: it mostly asks about the same office.
            if (unanswerable[i] || best.isEmpty() || asksForFact(part, language) || followUps.refersBack(part, language)) {
                continue;
            }
            // After the subject beyond the measures, a question may go on about it ("and when is it
            // paid out?", "și cine plătește banii?", "and which insurer is the cheapest?", "is it true
            // the employer pays only 70%?"): only one that asks no aspect, names no amount and finds
            // none of the measures that subject touches is another question.
            boolean goesOn = i > uncovered && (followUps.aspect(part, language).isPresent()
                    || AmountSentences.statesAmount(part.clean()) || touched.contains(best.get().measureId()));
            if (!goesOn) {
                Answer answered = answerFrom(result, part, language, context);
                return answered.kind() == Answer.Kind.TOPIC ? Optional.of(declining(answered, parts.get(uncovered), language)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What a part asks: its sentences that end with a question mark, without what it tells or a signature after them. */
    private static String asked(Question part) {
        String asking = java.util.Arrays.stream(TextNormalizer.markedSentences(part.clean()))
                .filter(sentence -> sentence.trim().endsWith("?")).collect(java.util.stream.Collectors.joining(" "));
        return asking.isEmpty() ? part.clean() : asking;
    }

    /** A question beyond the measures: a subject they do not cover, or an amount they do not hold. */
    private boolean unanswerable(Question part, SearchResult result, Language language) {
        return notCovered(result) || result.best().filter(b -> asksForMissingAmount(part, language, b.measureId())).isPresent();
    }

    /** An answer to one question of a message, saying that the other's answer is not in the information held, and keeping it open. */
    private Answer declining(Answer answer, Question other, Language language) {
        String asked = asked(other);
        Answer said = answer.withDeclinedPart(messages.text(language, "answer.otherPartNotCovered"), asked);
        return said.withContext(said.context().withOtherQuestion(asked));
    }

    /** "How many measures does this theme have in total?" right after an answer: that measure's theme. */
    private Optional<Answer> aboutTheThemeOfTheLastMeasure(Question question, Language language, ConversationContext context) {
        if (context.list().isPresent() || context.measures().isEmpty()) {
            return Optional.empty();
        }
        return corpus.measure(context.measures().getFirst())
                .flatMap(m -> staffParser.aboutThemeOf(question, language, m.theme()))
                .flatMap(q -> staffAnswer(q, language));
    }

    /** A sentence asks whether it holds for the asker too, and nothing else the index knows. */
    private boolean asksIfItAppliesToo(Question question, Language language, String discussed) {
        return followUps.appliesToo(question, language)
                .filter(a -> a.rest().isEmpty() || search.words(a.rest(), language).allUnknown())
                // What follows without a question mark tells the case unless the search is sure it is
                // about another measure ("si el unde poate face cursuri de olandeza"), and the measure
                // discussed is not among the three the case finds ("En ik dan? Mijn contract loopt eind
                // van de maand af." after the answer on health insurance after a contract: that one too).
                .filter(a -> a.told().isEmpty() || stillAbout(search.search(a.told(), language), discussed))
                .isPresent();
    }

    private boolean stillAbout(SearchResult told, String discussed) {
        return told.best().filter(b -> b.score() >= properties.sureScore() && !b.measureId().equals(discussed)).isEmpty()
                || told.hits().stream().limit(3).anyMatch(h -> h.measureId().equals(discussed));
    }

    /** A message without the words that make it a follow-up and without names, and how the search reads it. */
    private record OwnWords(Question question, MeasureSearch.Words words) {

        boolean aboutTheUnknown() {
            return words.unknown() >= NEW_SUBJECT_UNKNOWN_WORDS && words.unknownShare() >= NEW_SUBJECT_UNKNOWN;
        }
    }

    /** Words of which no measure, topic or subject has any, not even with one letter wrong. */
    private boolean unknownToTheIndex(String words, Language language) {
        MeasureSearch.Words w = search.words(Question.of(words), language);
        return w.count() > 0 && w.allUnknown();
    }

    /** Without the words that make it a follow-up, nothing the index knows is left. */
    private static boolean saysNothingOfItsOwn(OwnWords own) {
        return own.words().allUnknown();
    }

    private OwnWords ownWords(Question question, Language language) {
        Question remainder = followUps.remainder(question, language);
        return new OwnWords(remainder, search.words(remainder, language));
    }

    /**
     * Whether the message's own words, without those that make it a follow-up and without names,
     * find the measure on their own: "die over integratie en taallessen" does, "geldt dat ook in
     * Tilburg, Breda en Eindhoven?" finds the legal-aid offices only through the towns' names.
     */
    private boolean ownWordsFind(OwnWords own, Language language, String measureId) {
        return search.search(own.question(), language).best().filter(properties::confident)
                .map(SearchHit::measureId).filter(measureId::equals).isPresent();
    }

    private boolean ofTheme(String measureId, String theme) {
        return corpus.measure(measureId).filter(m -> m.theme().equals(theme)).isPresent();
    }

    /** The measure just discussed is among the few best matches and scores nearly as well as the best. */
    private static boolean nearlyAsSure(SearchResult result, String last, SearchHit best) {
        return amongBest(result, last, NEAR_LAST_HITS) && score(result, last) >= NEAR_LAST_SHARE * best.score();
    }

    /** The measure's score, 0 if the search did not find it. */
    private static float score(SearchResult result, String measureId) {
        return hit(result, measureId).map(SearchHit::score).orElse(0f);
    }

    /** Whether the measure is among the search's {@code n} best matches. */
    private static boolean amongBest(SearchResult result, String measureId, int n) {
        return result.hits().stream().limit(n).anyMatch(h -> h.measureId().equals(measureId));
    }

    /** How much of the question's weight the measure holds, 0 if the search did not find it. */
    private static float coverage(SearchResult result, String measureId) {
        return hit(result, measureId).map(SearchHit::coverage).orElse(0f);
    }

    private static Optional<SearchHit> hit(SearchResult result, String measureId) {
        return result.hits().stream().filter(h -> h.measureId().equals(measureId)).findFirst();
    }

    /** A subject the measures do not cover fits the question at least as well as the best measure. */
    private boolean notCovered(SearchResult result) {
        if (result.notCovered().isEmpty()) {
            return false;
        }
        SearchResult.NotCoveredHit subject = result.notCovered().get();
        if (subject.score() < properties.minScore() * properties.notCoveredScoreShare()) {
            return false;
        }
        // Words only such subjects have ("kinderbijslag", "tandarts") say more than a shared everyday word.
        float share = subject.beyondCorpus() >= properties.notCoveredOwnWords() ? properties.notCoveredShare() / 2 : properties.notCoveredShare();
        return result.best().map(b -> subject.score() >= b.score() * share).orElse(true);
    }

    private boolean asksForFact(Question question, Language language) {
        return saysAny(question, factRequests.get(language));
    }

    /** Asks for an amount, and the measure found holds none in its texts: its answer would not answer. */
    private boolean asksForMissingAmount(Question question, Language language, String measureId) {
        return asksForAmount(question, language) && amounts.sentence(measureId, language, question).isEmpty();
    }

    /** "How much money ...?", not "după cât timp primesc ...?" (after how much time), which asks when. */
    private boolean asksForAmount(Question question, Language language) {
        return amountRule.matchesAny(followUps.withoutAskingWhen(question, language).padded(), amountRequests.get(language));
    }

    /**
     * "How much money does the government give for that?": when the answer's first lines state no
     * amount, the measure's own curated sentence that states one leads ("In 2025 the government gave
     * €10 million extra ..."); the rest of the answer stays.
     */
    private Answer amountFirst(Answer answer, Question question) {
        if (answer.kind() != Answer.Kind.TOPIC || answer.citations().isEmpty() || !asksForAmount(question, answer.language())
                || AmountSentences.statesAmount(answer.text())) {
            return answer;
        }
        return amounts.sentence(answer.citations().getFirst().id(), answer.language(), question).map(answer::leadingWith).orElse(answer);
    }

    private static boolean saysAny(Question question, List<String> phrases) {
        String padded = question.padded();
        return phrases.stream().anyMatch(p -> TextNormalizer.hasWordStart(padded, p));
    }

    private Answer answerFrom(SearchResult result, Question question, Language language, ConversationContext context) {
        List<SearchHit> hits = result.hits();
        SearchHit best = hits.getFirst();
        List<SearchHit> close = new ArrayList<>();
        for (SearchHit h : hits.subList(1, hits.size())) {
            if (close.size() == MAX_CHOICES - 1 || h.score() < best.score() * properties.clarifyShare()) {
                break;
            }
            if (!relatedTo(best.measureId(), h.measureId())) {
                close.add(h);
            }
        }
        if (!close.isEmpty() && best.score() < properties.sureScore() * properties.clarifyBelowSure()) {
            List<String> choices = new ArrayList<>();
            choices.add(best.measureId());
            close.forEach(h -> choices.add(h.measureId()));
            Optional<String> talkedAbout = talkedAbout(choices, question, language, context);
            if (talkedAbout.isEmpty()) {
                return clarify(choices, language, context, question.clean());
            }
            if (!talkedAbout.get().equals(best.measureId())) {
                return about(localized(talkedAbout.get(), language), List.of(), null, language, followUps.aspect(question, language));
            }
        }
        List<LocalizedMeasure> related = new ArrayList<>();
        for (SearchHit h : hits.subList(1, hits.size())) {
            if (related.size() == MAX_RELATED || h.score() < best.score() * RELATED_SHARE) {
                break;
            }
            related.add(localized(h.measureId(), language));
        }
        return about(localized(best.measureId(), language), related, best.topicId(), best.throughTopic(), language, Optional.empty());
    }

    /** Whether two measures belong together: the same theme, or one names the other as related. */
    private boolean relatedTo(String a, String b) {
        var ma = corpus.measure(a).orElseThrow();
        var mb = corpus.measure(b).orElseThrow();
        return ma.theme().equals(mb.theme()) || ma.related().contains(b) || mb.related().contains(a);
    }

    /**
     * "Where can I get help with this?" after an answer: the help the sources name (the measures of
     * the help topic, the one the message's words rank first) leads, the measure just discussed
     * beside it; when that measure is itself such help (the landlord meldpunt), it again.
     */
    private Answer helpWith(String last, Language language, SearchResult result) {
        List<String> helpers = corpus.topic(TopicAnswerComposer.HELP_TOPIC).map(Topic::measures)
                .orElse(List.of()).stream().filter(id -> corpus.measure(id).isPresent()).toList();
        if (helpers.isEmpty() || helpers.contains(last)) {
            return about(localized(last, language), List.of(), null, language, Optional.of(Aspect.HELP));
        }
        String helper = result.hits().stream().map(SearchHit::measureId).filter(helpers::contains).findFirst().orElse(helpers.getFirst());
        return about(localized(helper, language), List.of(localized(last, language)), TopicAnswerComposer.HELP_TOPIC, true, language,
                Optional.empty());
    }

    private Answer about(LocalizedMeasure best, List<LocalizedMeasure> related, String topicId, Language language,
                         Optional<Aspect> aspect) {
        return about(best, related, topicId, false, language, aspect);
    }

    private Answer about(LocalizedMeasure best, List<LocalizedMeasure> related, String topicId, boolean topicLeads,
                         Language language, Optional<Aspect> aspect) {
        Answer answer = composer.compose(language, best, related, topicId, topicLeads, aspect);
        List<String> cited = answer.citations().stream().map(Citation::id).toList();
        return answer.withSuggestions(related.stream().map(Suggestion::of).toList())
                .withContext(ConversationContext.about(language, cited, cited));
    }

    private Answer clarify(List<String> choices, Language language, ConversationContext context, String text) {
        List<Suggestion> suggestions = choices.stream().limit(MAX_CHOICES).map(id -> Suggestion.of(localized(id, language))).toList();
        List<Citation> offered = choices.stream().limit(MAX_CHOICES).map(id -> Citation.of(localized(id, language))).toList();
        List<AnswerPart> parts = List.of(new AnswerPart.MeasureList(messages.text(language, "clarify.question"), offered));
        // The choices are now what the conversation is about: "since when?" next asks about one of
        // them, not about a measure answered before the question that needed choices.
        ConversationContext next = new ConversationContext(Optional.of(language), List.of(),
                suggestions.stream().map(Suggestion::id).toList(), Optional.empty(), text, java.time.Instant.now());
        return Answer.of(language, false, parts, List.of(), Answer.Kind.CLARIFY).withSuggestions(suggestions).withContext(next);
    }

    /** Too weak to answer: offer the few measures that came closest, if they are close at all; else say so. */
    private Answer clarifyOrUnsure(SearchResult result, Language language, ConversationContext context, Question question) {
        String text = question.clean();
        // A long message spreads its weight over many words: a measure that scores well on a few of
        // them is still worth offering ("am auzit ca o sa aiba nevoie de un fel de licenta").
        boolean longMessage = !followUps.isShort(question);
        List<String> near = result.hits().stream()
                .filter(h -> (h.score() >= properties.minScore() * properties.choiceScoreShare() && h.coverage() >= properties.minCoverage())
                        || (longMessage && h.score() >= properties.minScore()
                            && h.coverage() >= properties.minCoverage() * LONG_MESSAGE_CHOICE_COVERAGE))
                .limit(MAX_CHOICES).map(SearchHit::measureId).toList();
        if (!near.isEmpty()) {
            Optional<String> talkedAbout = talkedAbout(near, question, language, context);
            return talkedAbout.map(id -> about(localized(id, language), List.of(), null, language, followUps.aspect(question, language)))
                    .orElseGet(() -> clarify(near, language, context, text));
        }
        return unsure(language, context, text);
    }

    /**
     * "Kan ik het ook melden zonder dat hij weet dat ik het ben?" in a conversation about the
     * landlord: of the choices, the one the conversation talked about, when the message points back.
     */
    private Optional<String> talkedAbout(List<String> choices, Question question, Language language, ConversationContext context) {
        if (context.measures().isEmpty() && context.earlier().isEmpty() || !followUps.refersBack(question, language)
                || asksForFact(question, language)) {
            return Optional.empty();
        }
        // Not when it asks an amount the measure does not state ("en wat kost zo'n cursus?").
        return choices.stream().filter(id -> context.measures().contains(id) || context.earlier().measures().contains(id))
                .filter(id -> corpus.measure(id).isPresent() && !asksForMissingAmount(question, language, id)).findFirst();
    }

    private Answer notCoveredAnswer(SearchResult result, Language language, ConversationContext context, String text) {
        List<String> touches = result.notCovered().get().touches().stream().filter(id -> corpus.measure(id).isPresent()).toList();
        List<AnswerPart> parts = new ArrayList<>();
        parts.add(new AnswerPart.Lead(messages.text(language, "fallback.notCovered")));
        if (!touches.isEmpty()) {
            parts.add(new AnswerPart.MeasureList(messages.text(language, "fallback.maybeRelated"),
                    touches.stream().map(id -> Citation.of(localized(id, language))).toList()));
        }
        parts.add(new AnswerPart.Lead(messages.text(language, "fallback.personalHelp")));
        return declined(parts, touches, language, context, Answer.Kind.NOT_COVERED);
    }

    private Answer noFactsAnswer(String key, Optional<String> measure, Language language, ConversationContext context, String text) {
        List<AnswerPart> parts = List.of(new AnswerPart.Lead(messages.text(language, key)),
                new AnswerPart.Lead(messages.text(language, "fallback.personalHelp")));
        return declined(parts, measure.map(List::of).orElse(List.of()), language, context, Answer.Kind.NOT_COVERED);
    }

    /** Not answered: no citations; the measures that touch the subject are offered to choose. */
    private Answer declined(List<AnswerPart> parts, List<String> offered, Language language, ConversationContext context, Answer.Kind kind) {
        List<Suggestion> suggestions = offered.stream().map(id -> Suggestion.of(localized(id, language))).toList();
        ConversationContext next = new ConversationContext(Optional.of(language), context.measures(), offered,
                Optional.empty(), "", java.time.Instant.now());
        return Answer.of(language, false, parts, List.of(), kind).withSuggestions(suggestions).withContext(next);
    }

    private LocalizedMeasure localized(String measureId, Language language) {
        return translations.measure(corpus.measure(measureId).orElseThrow(), language);
    }

    private Answer smallTalkAnswer(Answer.Kind kind, Language language) {
        List<AnswerPart> parts = switch (kind) {
            case GREETING -> List.of(new AnswerPart.Lead(messages.text(language, "greeting")), new AnswerPart.Lead(messages.text(language, "help")));
            case THANKS -> List.of(new AnswerPart.Lead(messages.text(language, "thanks")));
            default -> List.of(new AnswerPart.Lead(messages.text(language, "help")), new AnswerPart.Lead(themesLine(language)));
        };
        return Answer.of(language, false, parts, List.of(), kind);
    }

    Answer unsure(Language language, ConversationContext context, String text) {
        List<AnswerPart> parts = List.of(new AnswerPart.Lead(messages.text(language, "fallback.unsure")),
                new AnswerPart.Lead(themesLine(language)), new AnswerPart.Lead(messages.text(language, "fallback.personalHelp")));
        return Answer.of(language, false, parts, List.of(), Answer.Kind.UNSURE).withContext(context.unanswered(language, text));
    }

    /** "I can tell you about: ..." with the theme names in the language; also the bot's help. */
    public String themesLine(Language language) {
        String themes = String.join(", ", corpus.themes().stream().map(t -> translations.theme(t, language).name()).toList());
        return messages.format(language, "fallback.themes", Map.of("themes", themes));
    }
}
