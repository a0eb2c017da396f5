package nl.workinnl.assistant.dialogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.LeadingWords;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.FoldedWords;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.language.Vocabulary.Aspect;

/**
 * Reads how a message continues the conversation, from the words in
 * {@code translations/understanding.yaml}: a request to say it in another language, a pointer into
 * the last list ("the second one"), and what a short question about the measure just discussed asks
 * ("and when does that change?"). It only reads the words; whether the message really continues the
 * conversation, rather than starting a new subject, the {@code Assistant} decides with the search.
 */
public final class FollowUps {

    /** A lone digit ("2", "nr 2") in a message of a few words points at that item. */
    private static final Pattern NUMBER = Pattern.compile(" ([1-9]) ");

    /**
     * A request to change language may be longer than other follow-ups ("can you say that in
     * Bulgarian so he can read it himself?"): every word of it must be a request word anyway.
     */
    private static final int REQUEST_WORDS = 16;
    /** The most words a language request may have that are neither request words nor recipients. */
    private static final int MAX_STRAY_WORDS = 3;

    /** Follow-ups are short; a longer message names its own subject. */
    public static final int SHORT = 10;
    /** The most sentences a message of short follow-ups may have ("When? Is it law yet?"). */
    private static final int MAX_FOLLOW_UP_SENTENCES = 3;
    /** The most words a message that doubts the answer may have and still be about it: a doubt and what was heard. */
    private static final int DOUBT_WORDS = 16;
    /** The most words of its own each sentence of such a message may say ("jakieś prawo na"). */
    private static final int OWN_WORDS_OF_A_FOLLOW_UP = 4;

    private final Map<Language, Words> words = new EnumMap<>(Language.class);
    /** The "back to" phrases per language. */
    private final Map<Language, Openings> returnCues = new EnumMap<>(Language.class);
    /** The phrases that open a new subject ("another thing") per language. */
    private final Map<Language, Openings> newSubjectCues = new EnumMap<>(Language.class);
    /** The folded words of each "does that apply to me too?" phrase, longest first, per language. */
    private final Map<Language, List<AppliesTooCue>> appliesTooCues = new EnumMap<>(Language.class);
    /** Beginnings of the word for a question asked before ("my first question"), per language. */
    private final Map<Language, List<String>> questionWords = new EnumMap<>(Language.class);
    /** The folded words of each phrase that adds a condition ("and if", "a ako"), longest first, per language. */
    private final Map<Language, List<String[]>> conditionals = new EnumMap<>(Language.class);
    /** Per language, the phrases that doubt the answer just given, each as its folded words. */
    private final Map<Language, List<String[]>> doubts = new EnumMap<>(Language.class);
    /** Per language, the phrases that ask about the other question of the last message, longest first. */
    private final Map<Language, List<String[]>> otherPartCues = new EnumMap<>(Language.class);
    private final Map<Language, List<String[]>> descriptionCues = new EnumMap<>(Language.class);
    private final Map<Language, Set<String>> otherPartStarts = new EnumMap<>(Language.class);
    /** Per language, the words for a place in a list (last, middle, ordinals), as whole folded words. */
    private final Map<Language, List<String>> placeWords = new EnumMap<>(Language.class);
    /** Per language, the words for the kind of thing a measure is ("law", "wet", "ustawa"), folded. */
    private final Map<Language, Set<String>> kindWords = new EnumMap<>(Language.class);
    /** Per language, the words that say which of numbered questions to answer first ("begin", "start"), folded. */
    private final Map<Language, List<String>> startCues = new EnumMap<>(Language.class);
    /** A colon, comma or dash right after a phrase. */
    private static final Pattern SET_APART = Pattern.compile("\\s*[:,;.–—-]");
    private final Map<Language, List<String>> languageNames;
    /** The one-word names of the languages, in every language: "Dutch" in "can she learn Dutch?" is no place. */
    private final Set<String> languageWords;
    private final Set<String> anyRequestWords;
    /** Word beginnings of who a request is for ("for my manager"), in every language. */
    private final List<String> recipientWords;

    private record Words(List<String> backReferences, Map<Aspect, List<AspectWord>> aspects, List<List<String>> ordinals,
                         List<String> lastWords, List<String> middleWords, Set<String> requestWords, Set<String> continuations, Set<String> fillers) {}

    /**
     * A message of at most this many words may point into the last list with an ordinal alone
     * ("de tweede?"); a longer one only when it also asks for more or points back ("tell me more
     * about the second one"), so that "de Tweede Kamer" in a question is no ordinal.
     */
    private static final int SHORT_FOR_ORDINALS = 6;
    /** The most words besides those that carry on before a phrase asking about the other question ("a co z tą"). */
    private static final int OTHER_PART_SLACK = 3;
    /** Aspect words shorter than this match as whole words only ("af" is not "afspraak"). */
    private static final int MIN_STEM = 4;

    public FollowUps(Vocabulary vocabulary) {
        Set<String> recipients = new java.util.HashSet<>();
        for (Language l : Language.values()) {
            Vocabulary.folded(vocabulary.requestRecipients(), l).forEach(w -> recipients.add(TextNormalizer.words(w)));
            words.put(l, new Words(separated(Vocabulary.folded(vocabulary.backReferences(), l)), aspectWords(vocabulary.aspectWords(l)),
                    vocabulary.ordinalForms(l), Vocabulary.folded(vocabulary.lastWords(), l),
                    Vocabulary.folded(vocabulary.middleWords(), l), requestWords(vocabulary, l),
                    Set.copyOf(Vocabulary.folded(vocabulary.continuations(), l)),
                    Set.copyOf(vocabulary.fillerWords(l))));
        }
        for (Language l : Language.values()) {
            returnCues.put(l, Openings.of(Vocabulary.folded(vocabulary.returnCues(), l), false));
            // Set apart by a colon, comma or dash: "Altceva ce pot face?" asks what else about the same.
            newSubjectCues.put(l, Openings.of(Vocabulary.folded(vocabulary.newSubjectCues(), l), true));
            conditionals.put(l, FoldedWords.phrases(Vocabulary.folded(vocabulary.conditionals(), l)));
            doubts.put(l, FoldedWords.phrases(Vocabulary.folded(vocabulary.doubtCues(), l)));
            otherPartCues.put(l, FoldedWords.phrases(Vocabulary.folded(vocabulary.otherPartCues(), l)));
            descriptionCues.put(l, FoldedWords.phrases(Vocabulary.folded(vocabulary.descriptionCues(), l)));
            otherPartStarts.put(l, otherPartCues.get(l).stream().map(p -> p[0]).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            appliesTooCues.put(l, Vocabulary.folded(vocabulary.appliesTooCues(), l).stream().map(AppliesTooCue::of)
                    .sorted(java.util.Comparator.comparingInt(AppliesTooCue::length).reversed()).toList());
            questionWords.put(l, Vocabulary.folded(vocabulary.questionWords(), l));
            startCues.put(l, Vocabulary.folded(vocabulary.startCues(), l).stream().map(TextNormalizer::words).toList());
            kindWords.put(l, Set.copyOf(Vocabulary.folded(vocabulary.kindWords(), l)));
            Words w = words.get(l);
            List<String> places = new java.util.ArrayList<>(w.lastWords());
            places.addAll(w.middleWords());
            w.ordinals().forEach(places::addAll);
            placeWords.put(l, places.stream().map(TextNormalizer::words).distinct().toList());
        }
        // Longest first: "in english" is met before "english", so that a request knows it was asked "in" one.
        Map<Language, List<String>> names = new EnumMap<>(Language.class);
        vocabulary.languageNameWords().forEach((l, list) -> names.put(l,
                list.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()));
        this.languageNames = names;
        this.languageWords = names.values().stream().flatMap(List::stream).map(TextNormalizer::words)
                .filter(n -> !n.isEmpty() && !n.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Set<String> any = new java.util.HashSet<>();
        words.values().forEach(w -> any.addAll(w.requestWords()));
        this.anyRequestWords = Set.copyOf(any);
        this.recipientWords = List.copyOf(recipients);
    }

    /**
     * "Can you say that in Polish?", "po polsku?", "на английски": the language asked for. Only when
     * the rest of the message is the request itself (its own words, pointing back, politeness):
     * "Dutch lessons?" or "Polska agencja pracy?" ask something else. The first sentence decides:
     * "Kun je dat in het Pools zetten? Dan stuur ik het door." is a request, and so is its first
     * clause when the clauses after it only tell ("Napisz to po niderlandzku, pokażę to kierownikowi").
     */
    public Optional<Language> languageRequest(Question question, Language language) {
        return languageRequest(question, language, words -> false);
    }

    /**
     * As above, and a request may also name, in a few words the measures do not know at all, whom or
     * what it is for ("for my roommate", "voor mijn huisgenoten", "pt sotia mea"): {@code unknown}
     * tells whether the index knows none of the words given.
     */
    public Optional<Language> languageRequest(Question question, Language language, Predicate<String> unknown) {
        String folded = question.folded();
        String[] sentences = TextNormalizer.sentences(folded);
        String first = sentences.length == 0 ? "" : sentences[0];
        Optional<Language> whole = requestIn(first, unknown);
        if (whole.isPresent()) {
            return whole;
        }
        // A clause after a comma may say why ("Napisz to po niderlandzku, pokażę to kierownikowi"); one
        // that asks ("In English, what is the minimum wage?") makes the language part of a question.
        int comma = folded.indexOf(',');
        if (comma < 0 || comma >= first.length() || folded.substring(comma).contains("?")) {
            return Optional.empty();
        }
        return requestIn(folded.substring(0, comma), unknown);
    }

    /** The language asked for, when the text is nothing but the request: a language name and request words. */
    private Optional<Language> requestIn(String text, Predicate<String> unknown) {
        String padded = " " + TextNormalizer.words(text) + " ";
        if (wordCount(padded) > REQUEST_WORDS) {
            return Optional.empty();
        }
        // Each language named, and whether with its preposition ("in English", "po polsku", "на български").
        Map<Language, Boolean> named = new EnumMap<>(Language.class);
        String rest = padded;
        for (var e : languageNames.entrySet()) {
            for (String name : e.getValue()) {
                String n = TextNormalizer.words(name);
                if (n.isEmpty() || !startsWord(rest, n)) {
                    continue;
                }
                named.merge(e.getKey(), n.contains(" "), Boolean::logicalOr);
                rest = rest.replaceAll(" " + Pattern.quote(n) + "\\p{L}*", " ");
            }
        }
        // Two languages named: the one asked "in" is asked for, the other says whom it is for ("Can you
        // answer in English for my Dutch friend?"); with no such difference the request is unclear.
        List<Language> asked = named.size() == 1 ? List.copyOf(named.keySet())
                : named.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (asked.size() != 1) {
            return Optional.empty();
        }
        Language found = asked.getFirst();
        // A request may come in another language than the conversation's ("same in Bulgarian pls" in
        // a Dutch one): every word must be a request word, of any language.
        Set<String> allowed = anyRequestWords;
        List<String> stray = new java.util.ArrayList<>();
        int words = 0;
        for (String word : rest.trim().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (!allowed.contains(word) && recipientWords.stream().noneMatch(word::startsWith)) {
                stray.add(word);
            }
        }
        // A few words besides the request, none of which any measure has, say only whom it is for or
        // why; one the index knows makes the language part of a question ("Dutch lessons?").
        if (!stray.isEmpty() && (stray.size() > MAX_STRAY_WORDS || stray.size() * 2 > words || !unknown.test(String.join(" ", stray)))) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private static boolean startsWord(String padded, String stem) {
        return TextNormalizer.hasWordStart(padded, stem);
    }

    /** The words a request to change language may have in this language, and the back references. */
    private static Set<String> requestWords(Vocabulary vocabulary, Language language) {
        Set<String> words = new java.util.HashSet<>();
        // "A po bułgarsku?", "ok, in Polish please": words that carry on belong to a request too.
        for (var group : List.of(vocabulary.languageRequestWords(), vocabulary.backReferences(), vocabulary.continuations())) {
            Vocabulary.folded(group, language).forEach(w -> words.addAll(List.of(TextNormalizer.words(w).split(" "))));
        }
        words.addAll(vocabulary.fillerWords(language));
        return words;
    }

    /** A place in a list: the nth from its start, the last, or the middle ({@link #MIDDLE}). */
    public record ListPosition(int number, boolean fromEnd) {

        public static final ListPosition LAST = new ListPosition(1, true);
        /** "The one in the middle": of an odd number of items the one with as many before as after. */
        public static final ListPosition MIDDLE = new ListPosition(0, true);

        public static ListPosition nth(int number) {
            return new ListPosition(number, false);
        }

        /** Where in a list of {@code size} items this place is (from 0), if the list has it. */
        public java.util.OptionalInt in(int size) {
            if (this.equals(MIDDLE)) {
                return size % 2 == 1 ? java.util.OptionalInt.of(size / 2) : java.util.OptionalInt.empty();
            }
            int index = fromEnd ? size - number : number - 1;
            return index >= 0 && index < size ? java.util.OptionalInt.of(index) : java.util.OptionalInt.empty();
        }
    }

    /** "the second one", "nummer 2", "drugi", "ultima": the place in the last list, for a short message. */
    public Optional<ListPosition> ordinal(Question question, Language language) {
        return ordinal(question, language, false);
    }

    /** {@code pointed}: the message already points back ("back to the list: the fifth one?"), as a longer one must to use an ordinal. */
    public Optional<ListPosition> ordinal(Question question, Language language, boolean pointed) {
        String padded = question.padded();
        int count = wordCount(padded);
        // Whether it points is read only for a message too long to name an item by its ordinal alone.
        if (count > SHORT || (count > SHORT_FOR_ORDINALS && !pointed && !pointsAtAnItem(question, language))) {
            // "Explain the first one in English please, my colleague doesn't read Dutch": a clause after
            // a comma may say why, as with a request for another language; one that asks does not.
            int comma = question.clean().indexOf(',');
            if (comma < 0 || question.clean().substring(comma).contains("?")) {
                return Optional.empty();
            }
            // Only a clause that asks for more of an item: "Second, my employer also keeps my passport"
            // counts a point of its own, not an item.
            Question clause = Question.of(question.clean().substring(0, comma));
            return pointsAtAnItem(clause, language) ? ordinal(clause, language, true) : Optional.empty();
        }
        List<List<String>> ordinals = words.get(language).ordinals();
        for (int i = 0; i < ordinals.size(); i++) {
            if (ordinals.get(i).stream().anyMatch(form -> TextNormalizer.hasWord(padded, form))) {
                return Optional.of(ListPosition.nth(i + 1));
            }
        }
        if (words.get(language).lastWords().stream().anyMatch(form -> TextNormalizer.hasWord(padded, form))) {
            return Optional.of(ListPosition.LAST);
        }
        if (words.get(language).middleWords().stream().anyMatch(form -> TextNormalizer.hasWord(padded, form))) {
            return Optional.of(ListPosition.MIDDLE);
        }
        return wordCount(padded) <= 3 ? number(padded, false).map(ListPosition::nth) : Optional.empty();
    }

    /**
     * "Co z trzecim? Dlaczego tam są poważne przeszkody?": a first sentence that only names an item
     * of the list by its place, and a question about it after. The item, and the rest of the message
     * to read what is asked of it; empty when the first sentence is no such reference or is alone.
     */
    public Optional<ItemAndQuestion> openingOrdinal(Question question, Language language) {
        String[] sentences = TextNormalizer.markedSentences(question.clean().trim());
        if (sentences.length < 2) {
            return Optional.empty();
        }
        Question first = Question.of(sentences[0]);
        // A number is a count there ("Mam 3 dzieci."), and "Second question." names a question asked, not an item.
        if (wordCount(first.padded()) > SHORT_FOR_ORDINALS || first.words().chars().anyMatch(Character::isDigit)
                || namesAQuestion(first, language)) {
            return Optional.empty();
        }
        String rest = question.clean().trim().substring(sentences[0].length()).trim();
        return ordinal(first, language, true).map(position -> new ItemAndQuestion(position, Question.of(rest)));
    }

    /** An item named by its place, and what the message asks of it. */
    public record ItemAndQuestion(ListPosition position, Question question) {}

    /** "Tell me more about the fifth", "and that one?": the message points back or asks for more of what was said. */
    public boolean pointsAtAnItem(Question question, Language language) {
        return pointsBack(question, language) || aspect(question, language).filter(a -> a == Aspect.MORE).isPresent();
    }

    /** The first number 1-9 standing as a word; with {@code only}, none when a second stands too. */
    private static Optional<Integer> number(String padded, boolean only) {
        var number = NUMBER.matcher(padded);
        if (!number.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(number.group(1));
        return only && number.find() ? Optional.empty() : Optional.of(n);
    }

    /** The words without the phrases (whole, folded words), for telling what else they say. */
    private static Question without(Question question, List<String> phrases) {
        String padded = question.padded();
        for (String phrase : phrases) {
            padded = padded.replace(" " + phrase + " ", " ");
        }
        return Question.of(padded.trim());
    }

    /**
     * The message without its words for a place in a list ("the last one", "de derde", "środkowy"),
     * for telling whether it says anything else: "and the last one?" does not, "what was the last
     * update?" does.
     */
    public Question withoutPlaceWords(Question question, Language language) {
        return without(question, placeWords.get(language));
    }

    /** Whether the words, besides filler, only say what kind of thing a measure is ("that law", "die regel"). */
    public boolean namesOnlyAKind(Question words, Language language) {
        Set<String> filler = this.words.get(language).fillers();
        List<String> own = java.util.Arrays.stream(words.words().split(" ")).filter(w -> !w.isEmpty() && !filler.contains(w)).toList();
        return !own.isEmpty() && kindWords.get(language).containsAll(own);
    }

    /** The sentence without its words for starting, so that "first" in "First the second one" is no ordinal. */
    public Question withoutStartWords(Question sentence, Language language) {
        return without(sentence, startCues.get(language));
    }

    /** "Begin maar met de tweede", "Start with 3 please": the sentence says which question to answer first. */
    public boolean saysWhereToStart(Question sentence, Language language) {
        String padded = sentence.padded();
        return startCues.get(language).stream().anyMatch(cue -> TextNormalizer.hasWord(padded, cue));
    }

    /**
     * "Start with 3 please": the one number of a sentence short enough to name an item (where a
     * number is known to name one, as after numbered questions), not a count told ("I work 5 days").
     */
    public Optional<ListPosition> numberInAShortSentence(Question sentence) {
        String padded = sentence.padded();
        return wordCount(padded) > SHORT_FOR_ORDINALS ? Optional.empty() : number(padded, true).map(ListPosition::nth);
    }

    /**
     * A word of an aspect, on a padded message: a short one whole ("af" is not "afspraak"), a longer
     * one as the beginning of a word ("zmien" in "zmieni"). Finding it is a plain search, as every
     * message is asked about it; taking it out, for a follow-up only, a pattern.
     */
    private record AspectWord(String word, boolean whole, Pattern pattern) {

        static AspectWord of(String folded) {
            String word = TextNormalizer.words(folded);
            boolean whole = word.length() < MIN_STEM;
            return new AspectWord(word, whole, Pattern.compile(" " + Pattern.quote(word) + (whole ? "(?= )" : "\\p{L}*")));
        }

        boolean in(String padded) {
            return whole ? TextNormalizer.hasWord(padded, word) : TextNormalizer.hasWordStart(padded, word);
        }

        String removedFrom(String padded) {
            return pattern.matcher(padded).replaceAll(" ");
        }
    }

    private static Map<Aspect, List<AspectWord>> aspectWords(Map<Aspect, List<String>> aspects) {
        Map<Aspect, List<AspectWord>> words = new EnumMap<>(Aspect.class);
        aspects.forEach((aspect, list) -> words.put(aspect, list.stream().filter(w -> !TextNormalizer.words(w).isEmpty())
                .map(AspectWord::of).toList()));
        return words;
    }

    /** What a message asks about the measure just discussed, if it asks any of the aspects. */
    public Optional<Aspect> aspect(Question question, Language language) {
        String padded = question.padded();
        for (var e : words.get(language).aspects().entrySet()) {
            if (e.getValue().stream().anyMatch(w -> w.in(padded))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * "Back to my first question: when?", "Haha sorry. Maar even terug: hoe ver is die wet nu?",
     * "A wracając do mieszkania – ...": a sentence that opens with going back (after words that only
     * carry on, such as "and" or "but"). What follows the phrase, to the end of the message, is what
     * the user says of the topic they go back to; the sentences before it are left out.
     */
    public Optional<Question> returnsTo(Question question, Language language) {
        return afterOpening(question, language, returnCues.get(language));
    }

    /**
     * "Another thing: ...", "Iets heel anders: ...", "jeszcze jedno, ...": a sentence that opens by
     * saying a new subject follows (after words that only carry on). What follows the phrase, to the
     * end of the message, is that subject; the sentences before it are left out.
     */
    public Optional<Question> newSubject(Question question, Language language) {
        return afterOpening(question, language, newSubjectCues.get(language));
    }

    /** What follows the first sentence that opens with one of the phrases (after carrying-on words), if any. */
    private Optional<Question> afterOpening(Question question, Language language, Openings openings) {
        if (java.util.Arrays.stream(question.words().split(" ")).noneMatch(openings.starts()::contains)) {
            return Optional.empty();
        }
        String clean = question.clean();
        int from = 0;
        for (String sentence : TextNormalizer.sentences(clean)) {
            // Where this sentence stands, not where the same words first stand.
            int at = clean.indexOf(sentence, from);
            from = at + sentence.length();
            FoldedWords words = FoldedWords.of(sentence);
            List<String> folded = words.words();
            int start = carryingOn(folded, language);
            int after = start;
            // "back to back to ...": every phrase in a row is taken at once, so that the rest is read once.
            for (boolean more = true; more; ) {
                more = false;
                for (String[] cue : openings.phrases()) {
                    if (FoldedWords.startsWith(folded, after, cue)) {
                        after += cue.length;
                        more = true;
                        break;
                    }
                }
            }
            if (after > start) {
                int cut = at + words.end(after - 1);
                String rest = clean.substring(cut);
                if (openings.setApart() && !SET_APART.matcher(rest).lookingAt()) {
                    return Optional.empty();
                }
                return Optional.of(Question.of(rest.replaceFirst("^[\\s:,–—-]+", "")));
            }
        }
        return Optional.empty();
    }

    /**
     * "En het tweede ding, die verzekering?", "A co z tą drugą sprawą?": the message opens by asking
     * about the other question of the last message (after words that carry on and at most
     * {@link #OTHER_PART_SLACK} more: "a co z tą"). What follows the phrase is what it adds (here
     * "die verzekering"), empty when nothing does; empty Optional when no phrase opens it, so that
     * "in het andere huis" further on is no such phrase.
     */
    public Optional<Question> otherPart(Question question, Language language) {
        List<String[]> cues = otherPartCues.get(language);
        // Asked of every follow-up: a message with none of the phrases' first words is not cut into words.
        Set<String> firstWords = otherPartStarts.get(language);
        if (java.util.Arrays.stream(question.words().split(" ")).noneMatch(firstWords::contains)) {
            return Optional.empty();
        }
        String clean = question.clean();
        FoldedWords words = FoldedWords.of(clean);
        int last = Math.min(words.words().size(), carryingOn(words.words(), language) + OTHER_PART_SLACK + 1);
        for (int at = 0; at < last; at++) {
            for (String[] cue : cues) {
                if (words.phraseAt(at, cue)) {
                    String rest = clean.substring(words.end(at + cue.length - 1));
                    return Optional.of(Question.of(rest.replaceFirst("^[\\s:,;.?!–—-]+", "")));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A clause that asks whether what was just said holds for the asker too: what it and what follows
     * it say of their own ({@code rest}), and what follows without a question mark ({@code told}),
     * which may tell the asker's case or ask a question of its own without its mark.
     */
    public record AppliesToo(Question rest, Question told) {}

    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:,–—]+");
    /** What opens a clause that follows another: the marks that ended it. */
    private static final Pattern CLAUSE_START = Pattern.compile("^[.!?;:,–—]+");

    /**
     * "Ik werk niet via een bureau. Geldt dat ook voor mij?": the clause that asks whether what was
     * just said holds for the asker too, without that phrase and the other words of a follow-up;
     * what the search finds in the rest tells whether that clause asks anything else. Empty when
     * no clause asks it.
     */
    public Optional<AppliesToo> appliesToo(Question question, Language language) {
        List<AppliesTooCue> cues = appliesTooCues.get(language);
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        // A clause's words stand in a row in the whole message: without a cue there, none is in a clause.
        String whole = question.padded();
        if (cues.stream().noneMatch(cue -> cue.in(whole))) {
            return Optional.empty();
        }
        String clean = question.clean();
        // Clause by clause: what comes before the clause that asks tells the case ("a ako brat mi ima
        // dogovor direktno, bez agenciq, za nego vaji li?") unless it asks something itself; what follows
        // it, to the message's end, may ask something else ("Și pentru mine? Există cursuri de olandeză?")
        // or, asking nothing, tell the case.
        var clauses = CLAUSE_END.matcher(clean);
        int start = 0;
        while (start <= clean.length()) {
            int end = clauses.find(start) ? clauses.start() : clean.length();
            String padded = Question.of(clean.substring(start, end)).padded();
            for (AppliesTooCue cue : cues) {
                if (cue.in(padded)) {
                    if (clean.substring(0, start).contains("?")) {
                        return Optional.empty();
                    }
                    // What follows without a question mark may tell the case ("și pt soțul meu la fel? el e la
                    // altă agenție") or ask without its mark ("si el unde poate face cursuri de olandeza"):
                    // the search of it decides.
                    String after = CLAUSE_START.matcher(clean.substring(end)).replaceFirst("").trim();
                    boolean asks = after.contains("?");
                    String rest = cue.without(padded) + " " + (asks ? after : "");
                    return Optional.of(new AppliesToo(remainder(Question.of(rest.trim()), language),
                            asks ? Question.of("") : remainder(Question.of(after), language)));
                }
            }
            if (end == clean.length()) {
                break;
            }
            start = clauses.end();
        }
        return Optional.empty();
    }

    /**
     * A phrase of {@code appliesTooCues}, whole words; a {@code *} in it stands for any one word ("for
     * my * too": "for my wife too", "for my brother too"), so that the people a user speaks for need
     * not be listed one by one. The word it stands for stays in what is left of the message: "for my
     * insurance too?" names a subject the measures know, and is read as a question of its own.
     */
    private record AppliesTooCue(String words, Pattern withAWord, String keptWords) {

        static AppliesTooCue of(String folded) {
            if (!folded.contains("*")) {
                return new AppliesTooCue(TextNormalizer.words(folded), null, "");
            }
            StringBuilder regex = new StringBuilder(" ");
            StringBuilder kept = new StringBuilder(" ");
            int group = 0;
            for (String token : folded.trim().split("\\s+")) {
                if (token.equals("*")) {
                    regex.append("(\\S+)");
                    kept.append('$').append(++group).append(' ');
                } else {
                    regex.append(Pattern.quote(TextNormalizer.words(token)));
                }
                regex.append(' ');
            }
            return new AppliesTooCue(folded, Pattern.compile(regex.toString()), kept.toString());
        }

        int length() {
            return words.length();
        }

        /** {@code padded}: folded words with a space at each end. */
        boolean in(String padded) {
            return withAWord == null ? TextNormalizer.hasWord(padded, words) : withAWord.matcher(padded).find();
        }

        String without(String padded) {
            return withAWord == null ? padded.replace(" " + words + " ", "  ") : withAWord.matcher(padded).replaceFirst(keptWords);
        }
    }

    /** "my first question", "pierwszego pytania": the message names a question asked before. */
    public boolean namesAQuestion(Question question, Language language) {
        for (String word : question.words().split(" ")) {
            for (String stem : questionWords.get(language)) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many words at the start only carry on ("and", "but", "ok"): not filler in general, or "I
     * want to go back to Romania" would go back in the conversation.
     */
    private int carryingOn(List<String> folded, Language language) {
        return LeadingWords.count(folded, words.get(language).continuations());
    }

    /**
     * Phrases that open a sentence, each as its folded words, longest first; their first words (a
     * message with none of those opens with none of the phrases, and is not read word by word); and
     * whether a phrase counts only where a colon, comma or dash follows it.
     */
    private record Openings(List<String[]> phrases, Set<String> starts, boolean setApart) {

        static Openings of(List<String> folded, boolean setApart) {
            List<String[]> phrases = FoldedWords.phrases(folded);
            return new Openings(phrases, phrases.stream().map(p -> p[0]).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                    setApart);
        }
    }

    /**
     * "And if I only have a contract for three months?", "a ako rabotq tam samo ot 2 meseca?": the
     * message opens with a condition (after words that carry on at most), adding a circumstance to
     * what was just asked.
     */
    public boolean addsACondition(Question question, Language language) {
        // From the first word too: "and if" begins with a word that carries on.
        return opensWith(question, language, conditionals.get(language));
    }

    /** Whether the message opens with one of the phrases, from its first word or after the words that carry on. */
    private boolean opensWith(Question question, Language language, List<String[]> phrases) {
        List<String> folded = List.of(question.words().split(" "));
        int start = carryingOn(folded, language);
        return phrases.stream().anyMatch(phrase -> FoldedWords.startsWith(folded, 0, phrase) || FoldedWords.startsWith(folded, start, phrase));
    }

    /**
     * "What's the one about the shelter?", "And the one with the emails?", "Și care e cea cu
     * adăposturile?": a short message that picks an item by what it says, the description anywhere in
     * it (after a list, "which" or "what's" often comes first).
     */
    public boolean describesAnItem(Question question, Language language) {
        if (!isFollowUpSized(question, language)) {
            return false;
        }
        List<String> folded = List.of(question.words().split(" "));
        for (int at = 0; at < folded.size(); at++) {
            for (String[] phrase : descriptionCues.get(language)) {
                if (FoldedWords.startsWith(folded, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Are you sure? The agency says only the client company is responsible", "Jesteś pewien?": the
     * message opens with a sentence of its own that doubts the answer just given (a doubt cue, after
     * words that carry on at most, ending in "?" or "!"), and asks nothing after it. Not "Naprawdę
     * nie wiem, co robić", "Serieus, mijn baas betaalt niet" or "Czy to prawda, że ...?", whose cue
     * opens a message of its own; nor "Really? Who can I ask about DigiD then?", which asks anew.
     */
    public boolean doubtsTheAnswer(Question question, Language language) {
        String[] sentences = TextNormalizer.markedSentences(question.clean().trim());
        String doubt = sentences[0].trim();
        if (!(doubt.endsWith("?") || doubt.endsWith("!"))) {
            return false;
        }
        List<String> words = List.of(Question.of(doubt).words().split(" "));
        int start = carryingOn(words, language);
        boolean wholly = doubts.get(language).stream().anyMatch(phrase -> phrase.length == words.size() - start
                && FoldedWords.startsWith(words, start, phrase));
        if (!wholly) {
            return false;
        }
        for (int i = 1; i < sentences.length; i++) {
            if (sentences[i].contains("?")) {
                return false;
            }
        }
        return true;
    }


    /**
     * Whether the message points back ("that", "these", "z nich") with a whole word, or opens with
     * a word that carries on ("And up to what amount?", "A od kiedy?"), after "ok" and the like.
     */
    public boolean pointsBack(Question question, Language language) {
        return refersBack(question, language) || words.get(language).continuations().contains(question.words().split(" ")[0]);
    }

    /** Whether the message has a word that points back ("that", "these"), not only one that carries on ("and"). */
    public boolean refersBack(Question question, Language language) {
        String padded = question.padded();
        return words.get(language).backReferences().stream().anyMatch(b -> TextNormalizer.hasWord(padded, b));
    }

    /**
     * The message without its phrases of several words that ask when ("cât timp", "колко време",
     * "how long"): what they hold of "how much" asks for a time, not an amount.
     */
    public Question withoutAskingWhen(Question question, Language language) {
        String padded = question.padded();
        for (AspectWord a : words.get(language).aspects().getOrDefault(Aspect.WHEN, List.of())) {
            if (a.word().contains(" ")) {
                padded = a.removedFrom(padded);
            }
        }
        return padded.equals(question.padded()) ? question : Question.of(padded.trim());
    }

    /**
     * The message without the words that make it a follow-up (aspects, pointing back, carrying on)
     * and without filler: what is left is what it says of its own ("who is playing football
     * tonight?" leaves "playing football tonight", "and when will that change?" leaves nothing).
     */
    public Question remainder(Question question, Language language) {
        Words w = words.get(language);
        String padded = question.padded();
        for (String phrase : w.backReferences()) {
            padded = padded.replace(" " + phrase + " ", "  ");
        }
        for (List<AspectWord> aspectWords : w.aspects().values()) {
            for (AspectWord a : aspectWords) {
                padded = a.removedFrom(padded);
            }
        }
        Set<String> names = names(question.clean(), languageWords);
        StringBuilder kept = new StringBuilder();
        for (String word : padded.trim().split(" +")) {
            if (!word.isEmpty() && !w.continuations().contains(word) && !w.fillers().contains(word) && !names.contains(word)) {
                kept.append(word).append(' ');
            }
        }
        return Question.of(kept.toString().trim());
    }

    /**
     * Words written with a capital inside a sentence, folded: names of places and organisations
     * ("geldt dat ook in Tilburg en Breda?"), which no measure need have to be asked about; not the
     * names of languages, which English writes with a capital ("can she learn Dutch somewhere?"),
     * nor abbreviations ("who can I ask about DigiD then?").
     */
    private static Set<String> names(String clean, Set<String> languageWords) {
        Set<String> names = new java.util.HashSet<>();
        for (String sentence : TextNormalizer.sentences(clean)) {
            String[] tokens = sentence.trim().split("[^\\p{L}\\p{N}]+");
            for (int i = 1; i < tokens.length; i++) {
                // Two capitals or more make a short name of a thing the measures may know ("DigiD", "RNI").
                if (!tokens[i].isEmpty() && Character.isUpperCase(tokens[i].codePointAt(0))
                        && tokens[i].codePoints().filter(Character::isUpperCase).count() < 2) {
                    String name = TextNormalizer.words(TextNormalizer.fold(tokens[i]));
                    if (languageWords.stream().noneMatch(name::startsWith)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** A short message that points back or asks an aspect ("and when?", "who does that?"): it carries the conversation on. */
    public boolean carriesOn(Question question, Language language) {
        return isFollowUpSized(question, language) && (pointsBack(question, language) || aspect(question, language).isPresent());
    }

    /** At most {@link #SHORT} words. */
    public boolean isShort(Question question) {
        return wordCount(question.padded()) <= SHORT;
    }

    /**
     * Short, or a few short sentences that each only carry the conversation on ("a kiedy to się
     * zmieni? jest już jakieś prawo na to?"): each points back or asks an aspect and says at most
     * {@link #OWN_WORDS_OF_A_FOLLOW_UP} words of its own, so that a short story ("They took my
     * passport and won't give it back. Is that legal?") is no follow-up.
     */
    public boolean isFollowUpSized(Question question, Language language) {
        if (isShort(question)) {
            return true;
        }
        String[] sentences = TextNormalizer.sentences(question.clean());
        if (sentences.length < 2 || sentences.length > MAX_FOLLOW_UP_SENTENCES) {
            return false;
        }
        // "Are you sure? The agency says only the client company is responsible": what follows a doubt
        // is what the asker heard about the same thing.
        if (doubtsTheAnswer(question, language) && wordCount(question.padded()) <= DOUBT_WORDS) {
            return true;
        }
        for (String sentence : sentences) {
            Question one = Question.of(sentence);
            if (!one.words().isEmpty() && (!isShort(one)
                    || !(pointsBack(one, language) || aspect(one, language).isPresent())
                    || wordCount(remainder(one, language).padded()) > OWN_WORDS_OF_A_FOLLOW_UP)) {
                return false;
            }
        }
        return true;
    }

    private static int wordCount(String padded) {
        return padded.isBlank() ? 0 : padded.trim().split(" ").length;
    }

    private static List<String> separated(List<String> folded) {
        return folded.stream().map(TextNormalizer::words).distinct().toList();
    }
}
