package nl.workinnl.assistant.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.LeadingWords;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.language.Vocabulary.EditionCue;
import nl.workinnl.assistant.search.MeasureSearch;
import nl.workinnl.assistant.translation.Translations;

/**
 * Recognises staff questions ("Welke maatregelen zijn vertraagd?", "Ile działań nie jest jeszcze
 * zakończonych?", "Кои мерки са забавени?", "how many are not completed?") from the words in
 * {@code translations/understanding.yaml} and the theme names in every language. Only the words of
 * the message's own language count, so that Romanian "care" (which) is not English "care".
 *
 * <p>A status word that is negated ("niet afgerond", "nefinalizate", "незавършени", "neither
 * completed nor on schedule") or excluded ("not counting the delayed ones and the one carried out
 * differently") leaves that status out; it never selects it. Themes are read the same way ("buiten
 * het thema registratie", "the enforcement and registration themes"). When the words cannot be read
 * without doubt, no staff question is recognised, rather than a wrong set.
 */
public final class StaffQueryParser {

    /** The longest word read as a preposition between "the theme" and its name ("за", "of", "de"). */
    private static final int PREPOSITION_LENGTH = 3;
    private static final int SHORT_QUESTION_WORDS = 6;
    /** The words beyond a short question's that "what falls under the theme work, all of it?" may have. */
    private static final int SLACK_FOR_ALL_OF_A_THEME = 3;
    /** The most words a note of names only may have ("lista măsuri întârziate muncă"). */
    private static final int BARE_NAMES_WORDS = 4;
    /** A status cue's first word this long names the status ("status", "stadiul"), not a question ("how", "what"). */
    private static final int STATUS_WORD_LENGTH = 5;
    /** The most words of a message that only names a theme ("opieka zdrowotna, pomoc społeczna"). */
    private static final int THEME_ALONE_WORDS = 4;
    /** The most words that statuses and themes of several words may add to a short question. */
    private static final int MAX_MENTION_SLACK = 4;
    /** How many words may stand between an including phrase and the status it adds ("including the delayed ones"). */
    private static final int INCLUDE_REACH = 2;
    /** How far (in words) an excluding phrase reaches for the status or theme it excludes. */
    private static final int EXCLUDE_REACH = 8;
    /** How many words may stand between two statuses or themes asked together ("werk en handhaving")... */
    private static final int LINK_REACH = 2;
    /** ...and between two left out together ("excluding the delayed ones and the one carried out differently"). */
    private static final int EXCLUDED_LINK_REACH = 5;
    /** How far (in words) before a status or theme a negation makes its reading doubtful. */
    private static final int NEGATION_REACH = 4;

    private static final java.util.regex.Pattern COLON = java.util.regex.Pattern.compile(":\\s+");

    private final Map<Language, Words> words = new EnumMap<>(Language.class);
    /** "op werk en huisvesting na": what stands between the two words is left out, rewritten as an excluding word before it. */
    private final Map<Language, List<java.util.function.UnaryOperator<String>>> excludeAround = new EnumMap<>(Language.class);
    /** The status and measure words a typo is mended to, per language. */
    private final Map<Language, TypoMender> typos = new EnumMap<>(Language.class);
    /** "I meant", "chodziło mi o": the words that correct what was asked last, per language. */
    private final Map<Language, List<String>> corrections = new EnumMap<>(Language.class);
    private final Map<Language, EditionWords> editionWords = new EnumMap<>(Language.class);
    /** Per language, the words for the theme with the most and the fewest measures, separated as the question is. */
    private final Map<Language, Map<Vocabulary.ThemeRank, List<String>>> rankingWords = new EnumMap<>(Language.class);
    /** Their single words, which may stand between one and the word for measure ("meer of minder maatregelen"). */
    private final Map<Language, Set<String>> rankingSingleWords = new EnumMap<>(Language.class);
    /** How many words (besides filler) after a count cue may name what it counts. */
    private static final int OTHER_COUNT_REACH = 2;
    /** Per language, "the rest", "the opposite": what the last list left out. */
    private final Map<Language, List<String>> restWords = new EnumMap<>(Language.class);
    /** Per language, things a count may ask about that are not measures ("geld", "people"), folded. */
    private final Map<Language, List<String>> otherCounts = new EnumMap<>(Language.class);
    /** Per language, the words for each ("every", "elke") that make the word for one measure speak of all. */
    private final Map<Language, Set<String>> eachWords = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> dateCues = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> sameStatusCues = new EnumMap<>(Language.class);
    private final DatesInText dates;
    /** The month of the statuses (the catalogue's date). */
    private final java.time.YearMonth statusesAsOf;
    private final Set<String> everyTheme;
    private final Set<Status> qualifiers;

    private record Words(List<String> list, List<String> listBesidesAll, Set<String> anything, Set<String> personal, List<String> count, List<String> statusOf, List<String> measure,
                         List<String> all, List<String> exclude, List<String> include, List<String> remove, List<String> negation,
                         List<String> negationGap,
                         List<String> negationPrefixes, List<String> conjunctions, List<String> refine,
                         Map<Status, List<String>> statuses, List<String> statusPhrases, Map<Status, List<String>> opposites,
                         Map<String, List<String>> themes, Rules rules, Set<String> negationWords, Set<String> filler,
                         List<String> themeCues, Set<String> wordByWord, Set<String> singularMeasure, Set<String> statusWords,
                         Set<String> continuations, List<String> thisTheme, Set<String> dutchNames, Set<String> localNames,
                         List<String> notThemeOrStatusWords, StemsByFirstLetter<Status> statusStems,
                         StemsByFirstLetter<String> themeStems, List<String[]> negationsOfSeveralWords) {

        /**
         * The words that are not filler ("can", "you", "please" say nothing of what is asked), after
         * those at the start that only carry on ("and", "a", "и": "en hoeveel zitten er nog in ...").
         */
        int contentWords(String padded) {
            List<String> tokens = List.of(padded.trim().split(" "));
            return (int) tokens.subList(carryingOn(tokens), tokens.size()).stream().filter(word -> !filler.contains(word)).count();
        }

        /**
         * A note of names only, as staff type into a search box: "vertraagd huisvesting?", "lijst
         * registratie", "мерки здраве и благосъстояние". Bare, every word must be one of the
         * overview's own Dutch status labels or theme ids, as staff quote them: in the other languages
         * the labels are everyday adjectives ("постоянна работа" is a permanent job, "Registration
         * completed?" one's own). Beside a word asking for a list or count the names in the
         * message's language do too, and beside the word for measure the everyday words for them.
         */
        boolean onlyNames(String padded) {
            List<String> tokens = List.of(padded.trim().split(" "));
            List<String> own = tokens.subList(carryingOn(tokens), tokens.size()).stream().filter(word -> !filler.contains(word)).toList();
            if (own.isEmpty() || own.size() > BARE_NAMES_WORDS || personal(padded)) {
                return false;
            }
            boolean measureWord = own.stream().anyMatch(word -> any(measure, " " + word + " ", rules.measure()));
            boolean listOrCount = own.stream().anyMatch(this::asksForListOrCount);
            for (String word : own) {
                boolean named = dutchNames.contains(word) || conjunctions.contains(word) || asksForListOrCount(word)
                        || ((listOrCount || measureWord) && localNames.contains(word))
                        || (measureWord && (any(measure, " " + word + " ", rules.measure()) || namesAStatusOrTheme(word)));
                if (!named) {
                    return false;
                }
            }
            return true;
        }

        /**
         * What stands before a one-word status cue leaves it asking: nothing, or a word that says
         * nothing of its own ("jaki jest status", "care este statusul"), but not "my residence status"
         * or "mijn status", which are the asker's own.
         */
        boolean opensAQuestion(String before) {
            String[] tokens = before.trim().split(" ");
            String last = tokens[tokens.length - 1];
            return last.isEmpty() || continuations.contains(last) || (filler.contains(last) && !personal.contains(last));
        }

        private boolean asksForListOrCount(String word) {
            String padded = " " + word + " ";
            return any(list, padded, rules.list()) || any(count, padded, rules.count());
        }

        private boolean namesAStatusOrTheme(String word) {
            return namesAStatus(word) || (!namesNeither(word) && beginsAsATheme(word));
        }

        /** A word that begins as one of a status's stems does ("vertraagde", "zakończonych"). */
        private boolean namesAStatus(String word) {
            return !namesNeither(word) && statuses.values().stream().anyMatch(stems -> stems.stream().anyMatch(word::startsWith));
        }

        /** A word that begins as one of a theme's stems does. */
        private boolean beginsAsATheme(String word) {
            return themes.values().stream().anyMatch(stems -> stems.stream().anyMatch(word::startsWith));
        }

        /** A word that begins as a status's or theme's stem does but is another word ("werking", "careful", "najmniej"). */
        boolean namesNeither(String word) {
            for (String other : notThemeOrStatusWords) {
                if (word.startsWith(other)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Words that narrow the last list ("of these", "only"), or point at its theme ("how many
         * measures does this theme have?").
         */
        boolean refines(String padded, String folded) {
            return narrows(padded) || pointsAtTheTheme(padded, folded);
        }

        private boolean narrows(String padded) {
            return refine.stream().anyMatch(cue -> TextNormalizer.hasWord(padded, cue));
        }

        /** A narrowing phrase with the word for theme in it ("in the same theme", "в същата тема"). */
        boolean narrowsWithATheme(String padded) {
            return namesATheme(padded) && narrows(padded);
        }

        /**
         * "This theme" in a sentence that also has the word for measure or asks how many: alone it is
         * an everyday "about this" ("czy jest ulotka na ten temat?", "Ile mogę odzyskać? Gdzie znajdę
         * więcej na ten temat?").
         */
        boolean pointsAtTheTheme(String padded, String folded) {
            // A sentence's words stand in a row in the whole message: without a cue there, none is in a sentence.
            if (thisTheme.stream().noneMatch(cue -> TextNormalizer.hasWord(padded, cue))) {
                return false;
            }
            for (String sentence : TextNormalizer.sentences(folded)) {
                String one = " " + separateWords(sentence) + " ";
                if ((measure(one) || count(one)) && thisTheme.stream().anyMatch(cue -> TextNormalizer.hasWord(one, cue) && !beforeAThemesName(one, cue))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "в темата за жилищата" (in the theme of housing): a cue of one word, with no word that points
         * ("this", "тази"), only says "the theme" of a theme it names next, or after one short word
         * between (a preposition: "за", "of", "de", "o"). "Колко мерки в тази тема са за агенции?"
         * still points at the list's theme.
         */
        private boolean beforeAThemesName(String padded, String cue) {
            if (cue.contains(" ")) {
                return false;
            }
            String after = padded.substring(padded.indexOf(" " + cue + " ") + cue.length() + 2).trim();
            boolean skipped = false;
            for (String word : after.split(" ")) {
                if (filler.contains(word)) {
                    continue;
                }
                if (!namesNeither(word) && beginsAsATheme(word)) {
                    return true;
                }
                if (skipped || word.length() > PREPOSITION_LENGTH) {
                    return false;
                }
                skipped = true;
            }
            return false;
        }

        /** The words, less those at the start that only carry on. */
        int words(String padded) {
            List<String> tokens = List.of(padded.trim().split(" "));
            return tokens.size() - carryingOn(tokens);
        }

        /** The words at the start that only carry on, the last word never among them. */
        private int carryingOn(List<String> tokens) {
            return Math.min(LeadingWords.count(tokens, continuations), tokens.size() - 1);
        }


        boolean list(String padded) {
            return any(list, padded, rules.list());
        }

        boolean count(String padded) {
            return any(count, padded, rules.count());
        }


        /** A list cue that is not also a word for "all" ("show", "which", not "all", "toate"). */
        boolean asksForAListBesidesAll(String padded) {
            return any(listBesidesAll, padded, rules.list());
        }

        /** "anything", "iets", "coś": whole words. */
        boolean anything(String padded) {
            return anyToken(anything, padded);
        }

        /** "my", "mijn", "mój", "meu", "ми": the message speaks of the asker's own case. */
        boolean personal(String padded) {
            return anyToken(personal, padded);
        }

        private static boolean anyToken(Set<String> words, String padded) {
            for (String token : padded.trim().split(" ")) {
                if (words.contains(token)) {
                    return true;
                }
            }
            return false;
        }

        boolean measure(String padded) {
            return any(measure, padded, rules.measure());
        }

        /**
         * The status of one measure: a status cue, the word for measure in the singular and in no
         * other form ("care este stadiul măsurii privind ...", not "stadiul măsurilor din tema ...").
         */
        boolean statusOfOne(String padded) {
            if (statusOf.stream().noneMatch(cue -> TextNormalizer.hasWord(padded, cue))) {
                return false;
            }
            boolean singular = false;
            for (String token : padded.trim().split(" ")) {
                if (singularMeasure.contains(token)) {
                    singular = true;
                } else if (any(measure, " " + token + " ", rules.measure())) {
                    return false;
                }
            }
            return singular;
        }

        boolean all(String padded) {
            return any(all, padded, rules.all());
        }

        /** "All" right before a word for a theme: "across all themes", "we wszystkich tematach", "във всички теми". */
        boolean allThemes(String padded) {
            String[] tokens = padded.trim().split(" ");
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (isAll(tokens[i]) && isThemeCue(tokens[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        /** "status?" and nothing else of its own: a status cue's word that names the status, not a question word. */
        boolean statusOnly(String padded) {
            return contentWords(padded) <= 2 && statusWords.stream().anyMatch(word -> TextNormalizer.hasWord(padded, word));
        }

        private boolean isAll(String token) {
            return any(all, " " + token + " ", rules.all());
        }

        private boolean isThemeCue(String token) {
            return any(themeCues, " " + token + " ", rules.themeCue());
        }

        /** A word for a theme ("in this theme"). */
        boolean namesATheme(String padded) {
            return any(themeCues, padded, rules.themeCue());
        }

        /** A word for a theme followed by another word that is no filler, status or "all" ("din tema locuire"). */
        boolean themeCueBeforeAWord(String padded) {
            String[] tokens = padded.trim().split(" ");
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (!isThemeCue(tokens[i])) {
                    continue;
                }
                String next = tokens[i + 1];
                boolean status = statuses.values().stream().anyMatch(stems -> stems.stream().anyMatch(next::startsWith));
                if (!filler.contains(next) && !status && !isAll(next)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean any(List<String> words, String padded, Vocabulary.Matching rule) {
            return rule.matchesAny(padded, words);
        }
    }

    /** The words of the overview's own status labels and theme names in the language, and the theme ids. */
    private static Set<String> officialNames(Translations translations, Language language) {
        Set<String> names = new java.util.HashSet<>();
        for (Status s : Status.values()) {
            names.addAll(List.of(words(translations.statusLabel(s, language)).split(" ")));
        }
        for (Theme t : translations.corpus().themes()) {
            names.add(t.id());
            names.addAll(List.of(words(translations.theme(t, language).name()).split(" ")));
        }
        names.remove("");
        return Set.copyOf(names);
    }

    /** The words of questions about the recorded editions (understanding.yaml, editionQuestions). */
    private record EditionWords(List<String> sinceWhen, List<String> changes, List<String> edition, List<String> thisYear) {

        static EditionWords of(Vocabulary vocabulary, Language language) {
            var groups = vocabulary.editionQuestions();
            return new EditionWords(separated(Vocabulary.folded(groups.get(EditionCue.SINCE_WHEN), language)),
                    separated(Vocabulary.folded(groups.get(EditionCue.CHANGES), language)),
                    separated(Vocabulary.folded(groups.get(EditionCue.EDITION), language)),
                    separated(Vocabulary.folded(groups.get(EditionCue.THIS_YEAR), language)));
        }

        Optional<String> sinceWhenCue(String padded) {
            return sinceWhen.stream().filter(w -> Vocabulary.Matching.WORD.matches(padded, w)).findFirst();
        }

        boolean changes(String padded) {
            return changes.stream().anyMatch(w -> Vocabulary.Matching.WORD.matches(padded, w));
        }

        /** Word beginnings: the editions' words are inflected ("wydania", "edițiile", "изданието"). */
        boolean edition(String padded) {
            return edition.stream().anyMatch(w -> Vocabulary.Matching.PREFIX.matches(padded, w));
        }

        boolean thisYear(String padded) {
            return thisYear.stream().anyMatch(w -> Vocabulary.Matching.WORD.matches(padded, w));
        }
    }

    /** How each group's words are matched, from understanding.yaml. */
    private record Rules(Vocabulary.Matching list, Vocabulary.Matching count, Vocabulary.Matching measure, Vocabulary.Matching all,
                         Vocabulary.Matching themeCue) {}

    /** A status or theme named in the message: where it stands, and whether it is negated or excluded. */
    private record Mention<K>(K key, int sentence, int word, int words, int length, boolean out) {
        Mention<K> excluded() {
            return new Mention<>(key, sentence, word, words, length, true);
        }

        int end() {
            return word + words;
        }
    }

    public StaffQueryParser(Vocabulary vocabulary, Translations translations) {
        this.statusesAsOf = java.time.YearMonth.parse(translations.corpus().catalogue().statusDate());
        this.dates = new DatesInText(vocabulary);
        this.qualifiers = EnumSet.copyOf(vocabulary.statusQualifiers());
        this.everyTheme = translations.corpus().themes().stream().map(Theme::id)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        Rules rules = new Rules(vocabulary.matching("listCues"), vocabulary.matching("countCues"),
                vocabulary.matching("measureWords"), vocabulary.matching("allWords"), vocabulary.matching("themeCues"));
        Map<Status, Map<Language, List<String>>> statusWords = vocabulary.statusWords();
        Map<Status, Map<Language, List<String>>> oppositeWords = vocabulary.statusOppositeWords();
        Map<String, Map<Language, List<String>>> themeWords = vocabulary.themeWords();
        // The overview's Dutch names count in every language: read once, not once per language.
        Set<String> dutchNames = officialNames(translations, Language.NL);
        for (Language l : Language.values()) {
            Map<Status, List<String>> statuses = new EnumMap<>(Status.class);
            statusWords.forEach((s, byLanguage) -> {
                List<String> w = new ArrayList<>(byLanguage.get(l));
                w.add(words(translations.statusLabel(s, l)));
                // Staff quote the overview's own Dutch labels ("status „doorlopend“") in any language.
                w.add(words(translations.statusLabel(s, Language.NL)));
                statuses.put(s, separated(w));
            });
            Map<Status, List<String>> opposites = new EnumMap<>(Status.class);
            oppositeWords.forEach((s, byLanguage) -> opposites.put(s, separated(byLanguage.get(l))));
            Map<String, List<String>> themes = new LinkedHashMap<>();
            Set<String> cutNames = new java.util.HashSet<>();
            for (Theme t : translations.corpus().themes()) {
                List<String> w = new ArrayList<>(themeWords.getOrDefault(t.id(), Map.of()).getOrDefault(l, List.of()));
                // Staff also use the overview's own Dutch theme ids ("huisvesting", "zorg") in any language.
                w.add(t.id());
                w.add(words(translations.theme(t, l).name()));
                // The name inflected otherwise ("в темата „трудови мигранти и политика“" for "Трудовите
                // мигранти и политиката"): its words cut to their first letters, met word by word.
                // One word cut this way also meets a typo after its first letters ("registraton").
                String cutName = cut(words(translations.theme(t, l).name()));
                w.add(cutName);
                if (cutName.contains(" ")) {
                    cutNames.add(cutName);
                }
                if (l == Language.BG) {
                    w.add(TextNormalizer.bulgarianLatin(translations.theme(t, l).name()));
                }
                themes.put(t.id(), separated(w));
            }
            editionWords.put(l, EditionWords.of(vocabulary, l));
            Map<Vocabulary.ThemeRank, List<String>> ranks = new EnumMap<>(Vocabulary.ThemeRank.class);
            vocabulary.themeRanking().forEach((rank, group) -> ranks.put(rank, separated(Vocabulary.folded(group, l))));
            rankingWords.put(l, ranks);
            rankingSingleWords.put(l, wordsOf(ranks));
            restWords.put(l, separated(Vocabulary.folded(vocabulary.restCues(), l)));
            otherCounts.put(l, separated(Vocabulary.folded(vocabulary.otherCounts(), l)));
            eachWords.put(l, Set.copyOf(Vocabulary.folded(vocabulary.eachWords(), l)));
            dateCues.put(l, separated(Vocabulary.folded(vocabulary.dateCues(), l)));
            sameStatusCues.put(l, separated(Vocabulary.folded(vocabulary.sameStatusCues(), l)));
            corrections.put(l, separated(Vocabulary.folded(vocabulary.correctionCues(), l)));
            excludeAround.put(l, excludingAround(vocabulary, l));
            // Status words only: the words for measure are everyday words too ("działać" is one edit from
            // "działań"), and a list for a question that only had a typo would be a confident wrong answer.
            List<String> mendable = new java.util.ArrayList<>();
            statuses.values().forEach(mendable::addAll);
            typos.put(l, new TypoMender(mendable));
            List<String> negation = separated(Vocabulary.folded(vocabulary.negation(), l));
            // The one-word negations ("niet", "nie", "не"), looked for on their own: once, not per word read.
            Set<String> negationWords = negation.stream().filter(n -> !n.contains(" ")).collect(java.util.stream.Collectors.toSet());
            List<String> listCues = Vocabulary.folded(vocabulary.listCues(), l);
            List<String> allWords = Vocabulary.folded(vocabulary.allWords(), l);
            // The statuses of several words, for an excluding word that opens one ("zonder einddatum").
            List<String> statusPhrases = statuses.values().stream().flatMap(List::stream).filter(stem -> stem.indexOf(' ') > 0)
                    .distinct().toList();
            words.put(l, new Words(listCues, listCues.stream().filter(cue -> !allWords.contains(cue)).toList(),
                    Set.copyOf(Vocabulary.folded(vocabulary.anythingCues(), l)),
                    Set.copyOf(Vocabulary.folded(vocabulary.personalWords(), l)),
                    Vocabulary.folded(vocabulary.countCues(), l),
                    Vocabulary.folded(vocabulary.statusOfCues(), l), Vocabulary.folded(vocabulary.measureWords(), l),
                    allWords, separated(Vocabulary.folded(vocabulary.excludeWords(), l)),
                    separated(Vocabulary.folded(vocabulary.includeWords(), l)), separated(Vocabulary.folded(vocabulary.removeWords(), l)),
                    negation, separated(Vocabulary.folded(vocabulary.negationGap(), l)),
                    Vocabulary.folded(vocabulary.negationPrefixes(), l), separated(Vocabulary.folded(vocabulary.conjunctions(), l)),
                    separated(Vocabulary.folded(vocabulary.refineCues(), l)), statuses, statusPhrases, opposites, themes, rules, negationWords,
                    Set.copyOf(vocabulary.fillerWords(l)), Vocabulary.folded(vocabulary.themeCues(), l), Set.copyOf(cutNames),
                    Set.copyOf(Vocabulary.folded(vocabulary.singularMeasureWords(), l)), statusWords(vocabulary, l),
                    Set.copyOf(Vocabulary.folded(vocabulary.continuations(), l)),
                    separated(Vocabulary.folded(vocabulary.thisThemeCues(), l)), dutchNames,
                    officialNames(translations, l), List.copyOf(Vocabulary.folded(vocabulary.notThemeOrStatusWords(), l)),
                    new StemsByFirstLetter<>(statuses), new StemsByFirstLetter<>(themes),
                    negation.stream().map(n -> n.split(" ")).filter(n -> n.length > 1).toList()));
        }
    }

    public Optional<StaffQuery> parse(Question question, Language language) {
        return parse(question, language, false);
    }

    /**
     * {@code afterAMeasure}: the message follows an answer about one measure, so that a short "and
     * what will change?" asks about that measure, not what changed between the editions.
     */
    public Optional<StaffQuery> parse(Question question, Language language, boolean afterAMeasure) {
        Words w = words.get(language);
        question = withTyposMended(withExclusionsInFront(question, language), language, w);
        String focus = focus(question.folded(), w);
        String folded = " " + separateWords(focus) + " ";
        if (folded.isBlank()) {
            return Optional.empty();
        }
        boolean countCue = w.count(folded);
        if (countCue && countsSomethingElse(folded, w, language)) {
            return Optional.empty();
        }
        boolean anything = w.anything(folded);
        boolean listCue = w.list(folded);
        Optional<StaffQuery> aboutEditions = editionQuestion(question, focus, folded, w, editionWords.get(language), countCue || listCue,
                afterAMeasure);
        if (aboutEditions.isPresent()) {
            return aboutEditions;
        }
        Optional<StaffQuery> dated = dated(question, focus, folded, w, language, countCue || listCue, afterAMeasure);
        if (dated.isPresent()) {
            return dated;
        }
        Optional<Vocabulary.ThemeRank> rank = themeRank(folded, w, rankingWords.get(language), rankingSingleWords.get(language));

        if (rank.isPresent()) {
            Filter filter = filter(question.folded(), focus, w);
            if (!filter.doubtful()) {
                // Two themes named are the ones compared ("has work or housing the most delayed ones?");
                // "more" compares only themes named, each wherever it stands ("heeft handhaving meer
                // maatregelen dan huisvesting?"), where a list would take only those joined.
                Set<String> named = rank.get() == Vocabulary.ThemeRank.MORE ? themesNamed(folded, w) : filter.themes();
                Set<String> among = named.size() >= 2 ? named : Set.of();
                if (rank.get() != Vocabulary.ThemeRank.MORE || !among.isEmpty()) {
                    return Optional.of(new StaffQuery(rank.get() == Vocabulary.ThemeRank.FEWEST ? StaffQuery.Type.FEWEST_IN_A_THEME
                            : StaffQuery.Type.MOST_IN_A_THEME, filter.statuses(), filter.excluded(), among, ""));
                }
            }
        }
        // Reading statuses and themes costs most; a message with neither cue is no list or count.
        // "All" beside the word for theme too: "what falls under the theme work, all of it?" asks for a
        // list without a word for one.
        boolean onlyNames = !anything && !afterAMeasure && w.onlyNames(folded);
        boolean each = eachMeasure(folded, w, language);
        if ((countCue || listCue || anything || onlyNames || ((w.all(folded) || each) && w.namesATheme(folded)))
                && (!w.statusOfOne(folded) || each)) {
            boolean measureWord = w.measure(folded);
            if (!measureWord && !onlyNames && !mayBeShort(w.contentWords(folded)) && statusOf(folded, w).isEmpty()) {
                // Without the word for measure, a long message asks about no measures whatever the
                // statuses and themes it names, and every other way out of here is no staff query:
                // reading them (the parser's dearest part) would change nothing.
                return Optional.empty();
            }
            Filter filter = filter(question.folded(), focus, w);
            if (filter.doubtful()) {
                return measureWord && (listCue || countCue)
                        ? Optional.of(new StaffQuery(StaffQuery.Type.UNREADABLE, Set.of(), Set.of(), Set.of(), "")) : Optional.empty();
            }
            // "Is anything in housing delayed?" asks for a list only by naming both a status and a
            // theme, and nothing of the asker's own: "is anything being done about my rent?", "my
            // wages are late, can I do something?" are a migrant's questions.
            listCue = listCue || (anything && !filter.statuses().isEmpty() && !filter.themes().isEmpty() && !w.personal(folded));
            // A note of names asks for the measures when it names a status and a theme, or either beside the word for measure.
            listCue = listCue || (onlyNames && ((!filter.statuses().isEmpty() && !filter.themes().isEmpty())
                    || (measureWord && !filter.isEmpty())));
            if (filter.themes().isEmpty() && w.themeCueBeforeAWord(folded)) {
                // "All measures in the theme locuire": a theme this parser does not know. Every
                // measure, or all of a status, would be a confident wrong answer.
                return Optional.empty();
            }
            boolean all = w.all(folded) || each;
            // A status or theme of several words ("în curs de implementare") counts as one.
            int wordCount = w.contentWords(folded) - filter.mentionSlack();
            // "list everything under housing" asks for measures without saying so; a status alone, or a
            // theme with "all", in a short message does too.
            // "Can you list everything under the work / employment theme?": the word for a theme beside
            // the theme named asks about its measures as plainly as the word for measure does.
            // Right after an answer about one measure, "all" beside a theme word, with no other word
            // that asks for a list, speaks of that measure ("does it work at all RNI desks?").
            boolean allOfATheme = all && !filter.themes().isEmpty() && (!afterAMeasure || w.asksForAListBesidesAll(folded));
            // "What falls under the theme work, all of it?": "all" beside a theme and the word for theme
            // asks for its measures without a word for listing.
            // Only in a message about as short as a staff question, and with nothing of the asker's own:
            // "Agenția tot îmi taie din salariu, ce fac pe tema asta?" holds "tot" (still), a theme's
            // word and "tema" too.
            boolean allUnderATheme = wordCount <= SHORT_QUESTION_WORDS + SLACK_FOR_ALL_OF_A_THEME && !afterAMeasure
                    && all && !filter.themes().isEmpty() && w.namesATheme(folded) && !w.personal(folded);
            listCue = listCue || (allUnderATheme && !countCue);
            boolean aboutMeasures = measureWord || (wordCount <= SHORT_QUESTION_WORDS
                    && (!filter.statuses().isEmpty() || allOfATheme))
                    || allUnderATheme || (onlyNames && !filter.isEmpty());
            if (countCue && aboutMeasures) {
                return Optional.of(new StaffQuery(StaffQuery.Type.COUNT, filter.statuses(), filter.excluded(), filter.themes(), ""));
            }
            // "Welke maatregel over arbeidsongevallen gaat in 2026 in?": the word for one measure with only
            // a theme's word (no status, not "all") asks which one is about that, not for the theme's list.
            boolean oneAboutSomething = measureWord && onlyOneMeasure(folded, w) && !all && filter.statuses().isEmpty()
                    && filter.excluded().isEmpty();
            if (listCue && aboutMeasures && (!filter.isEmpty() || all) && !oneAboutSomething) {
                return Optional.of(new StaffQuery(StaffQuery.Type.LIST, filter.statuses(), filter.excluded(), filter.themes(), ""));
            }
        }
        return statusOf(folded, w);
    }

    /**
     * "Welke maatregelen hebben iets gepland voor 1 januari 2027?", "Which laws should enter into
     * force in 2026?": a year with a word for what is due (dateCues), beside a list or count cue or in
     * a short message, and nothing of the asker's own. A year beside the word for measures alone is
     * no date question ("How many measures were there in 2024?", "companies with more than 2000
     * workers"). The word for one measure ("welke maatregel zou per 1 maart 2026 in werking treden?")
     * asks which one, a topic question; so does a status named ("which measures were completed in
     * 2025?" asks for the completed ones: the overview does not date when a status was reached).
     * Right after an answer about one measure, a short "is it in force in 2026?" asks about that one.
     */
    private Optional<StaffQuery> dated(Question question, String focus, String folded, Words w, Language language, boolean listOrCount,
                                       boolean afterAMeasure) {
        // Asked of every message: the year first, which most messages lack and which needs no split to see.
        Optional<Period> period = period(folded, language);
        if (period.isEmpty() || !due(folded, language) || w.personal(folded)) {
            return Optional.empty();
        }
        boolean oneMeasure = w.measure(folded) && onlyOneMeasure(folded, w);
        boolean asked = listOrCount || (!afterAMeasure && w.contentWords(folded) <= SHORT_QUESTION_WORDS);
        if (!asked || oneMeasure) {
            return Optional.empty();
        }
        Filter filter = filter(question.folded(), focus, w);
        if (filter.doubtful()) {
            return Optional.empty();
        }
        return Optional.of(new StaffQuery(StaffQuery.Type.DATED, filter.statuses(), filter.excluded(), filter.themes(), "", period));
    }

    /** The period a message names, unless it is the month of the statuses ("per november 2025": as of when, not what is due). */
    private Optional<Period> period(String padded, Language language) {
        return dates.in(padded, language)
                .filter(p -> !(p.year() == statusesAsOf.getYear() && p.month() == statusesAsOf.getMonthValue()));
    }

    private boolean due(String padded, Language language) {
        return dateCues.get(language).stream().anyMatch(cue -> TextNormalizer.hasWordStart(padded, cue));
    }

    /** The message without the date it names (its numbers and month names): what else it is about. */
    public Question withoutItsDate(Question question, Language language) {
        return Question.of(dates.withoutDates(question.words(), language));
    }

    /** Whether the message has the word for measures: a dated question without it may be a migrant's about one subject. */
    public boolean namesMeasures(Question question, Language language) {
        return words.get(language).measure(" " + separateWords(question.folded()) + " ");
    }

    /** Every word for measure is the singular ("welke maatregel gaat in 2026 in?" asks for one measure). */
    private static boolean onlyOneMeasure(String padded, Words w) {
        for (String token : padded.trim().split(" ")) {
            if (w.measure(" " + token + " ") && !w.singularMeasure().contains(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "How many measures have that same status?", "Welke maatregelen hebben dezelfde status?" right
     * after an answer about one measure: a list or count of the measures with {@code status} (that
     * measure's), in the themes the message names. Empty without a word for the same status, or
     * without a list or count cue.
     */
    public Optional<StaffQuery> sameStatusAs(Question question, Language language, Status status) {
        Words w = words.get(language);
        // The sentence with the words for the same status must ask for the list or count: "Hoeveel
        // maatregelen zijn er in totaal? En welke hebben dezelfde status?" asks two things.
        boolean askedBefore = false;
        for (String sentence : TextNormalizer.sentences(question.folded())) {
            String padded = " " + separateWords(TextNormalizer.words(sentence)) + " ";
            boolean count = w.count(padded);
            boolean list = w.list(padded);
            if (sameStatusCues.get(language).stream().anyMatch(cue -> TextNormalizer.hasWord(padded, cue))) {
                return askedBefore || (!count && !list) ? Optional.empty() : Optional.of(sameStatusQuery(sentence, w, count, status));
            }
            askedBefore |= count || list;
        }
        return Optional.empty();
    }

    private StaffQuery sameStatusQuery(String sentence, Words w, boolean count, Status status) {
        Filter filter = filter(sentence, sentence, w);
        return new StaffQuery(count ? StaffQuery.Type.COUNT : StaffQuery.Type.LIST, Set.of(status), Set.of(),
                filter.doubtful() ? Set.of() : filter.themes(), "");
    }

    /** "List every measure with the status ongoing": a word for each right before the word for measure speaks of them all. */
    private boolean eachMeasure(String padded, Words w, Language language) {
        String[] tokens = padded.trim().split(" ");
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (eachWords.get(language).contains(tokens[i]) && w.measure(" " + tokens[i + 1] + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hoeveel geld is er uitgetrokken voor alle aanbevelingen?", "how many people used it?", "колко
     * трудови мигранти": a count of something other than measures, named within the two words after
     * the count cue (besides filler). The overview holds no such count, and the measures the message
     * names later are not what it counts.
     */
    private boolean countsSomethingElse(String padded, Words w, Language language) {
        for (String cue : w.count()) {
            int at = padded.indexOf(" " + cue + " ");
            if (at < 0) {
                continue;
            }
            String[] after = padded.substring(at + cue.length() + 1).trim().split(" ");
            StringBuilder near = new StringBuilder(" ");
            int content = 0;
            for (int i = 0; i < after.length && content < OTHER_COUNT_REACH; i++) {
                // "Hoeveel maatregelen zijn al maanden vertraagd?" counts the measures it names first.
                if (w.measure(" " + after[i] + " ")) {
                    break;
                }
                near.append(after[i]).append(' ');
                if (!w.filler().contains(after[i])) {
                    content++;
                }
            }
            String words = near.toString();
            if (otherCounts.get(language).stream().anyMatch(thing -> TextNormalizer.hasWord(words, thing))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Which theme has the most delayed measures?", "the smallest theme": a word for the most or
     * the fewest, with only statuses and filler between it and the word for measure or theme, in a
     * message with a word for theme. "The most important measure of the housing theme" is no such
     * question: "important" stands between.
     */
    private static Set<String> wordsOf(Map<Vocabulary.ThemeRank, List<String>> ranks) {
        Set<String> words = new java.util.HashSet<>();
        ranks.values().forEach(phrases -> phrases.forEach(p -> words.addAll(List.of(p.split(" ")))));
        return Set.copyOf(words);
    }

    private static Optional<Vocabulary.ThemeRank> themeRank(String padded, Words w, Map<Vocabulary.ThemeRank, List<String>> ranks,
                                                           Set<String> rankWords) {
        // Asked of every message: without a word for theme or for "than" no ranking can be asked.
        boolean aboutThemes = w.namesATheme(padded);
        boolean comparing = ranks.getOrDefault(Vocabulary.ThemeRank.THAN, List.of()).stream().anyMatch(word -> TextNormalizer.hasWord(padded, word));
        if (!aboutThemes && !comparing) {
            return Optional.empty();
        }
        for (var e : ranks.entrySet()) {
            // "More" compares the themes a message names, with or without the word for theme, beside "than".
            if (e.getKey() == Vocabulary.ThemeRank.THAN || (e.getKey() == Vocabulary.ThemeRank.MORE ? !comparing : !aboutThemes)) {
                continue;
            }
            for (String phrase : e.getValue()) {
                int at = padded.indexOf(" " + phrase + " ");
                if (at >= 0 && beforeMeasuresOrThemes(padded.substring(at + phrase.length() + 2), w, rankWords)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the word for measure or theme comes next, with only filler, statuses and other ranking
     * words or conjunctions before it ("meer of minder vertraagde maatregelen").
     */
    private static boolean beforeMeasuresOrThemes(String after, Words w, Set<String> rankWords) {
        for (String word : after.trim().split(" ")) {
            if (w.isThemeCue(word) || w.measure(" " + word + " ")) {
                return true;
            }
            if (!w.filler().contains(word) && !w.namesAStatus(word) && !rankWords.contains(word) && !w.conjunctions().contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Every theme a word of the message names by one of its one-word stems, in the order of the words. */
    private static Set<String> themesNamed(String padded, Words w) {
        Set<String> named = new LinkedHashSet<>();
        for (String token : padded.trim().split(" ")) {
            if (token.isEmpty() || w.namesNeither(token)) {
                continue;
            }
            for (var e : w.themes().entrySet()) {
                if (e.getValue().stream().anyMatch(stem -> !stem.contains(" ") && token.startsWith(stem))) {
                    named.add(e.getKey());
                }
            }
        }
        return named;
    }

    /** "What is the status of the rent law?": the status of the one measure the words after the cue name. */
    private static Optional<StaffQuery> statusOf(String folded, Words w) {
        for (String cue : w.statusOf()) {
            int at = folded.indexOf(" " + cue + " ");
            if (at >= 0 && (cue.contains(" ") || w.opensAQuestion(folded.substring(0, at)))) {
                String subject = folded.substring(at + cue.length() + 2).trim();
                if (!subject.isEmpty()) {
                    return Optional.of(new StaffQuery(StaffQuery.Type.STATUS_OF, Set.of(), Set.of(), Set.of(), subject));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a message of this many content words may be short enough to ask about measures without
     * the word for measure: its statuses and themes, each counted as one word, leave at most
     * {@link #MAX_MENTION_SLACK} words fewer.
     */
    private static boolean mayBeShort(int contentWords) {
        return contentWords - MAX_MENTION_SLACK <= SHORT_QUESTION_WORDS + SLACK_FOR_ALL_OF_A_THEME;
    }

    /**
     * "Since when is the rent law delayed?", "what changed since the last edition?", "which measures
     * were completed this year?". Each needs more than its cue, so that a migrant's "since when may I
     * ...?" or "what has changed in the rent law?" stays a question about a topic: since when wants a
     * status named, a change a word for the edition or for measures (or nothing else to say, unless it
     * follows an answer about one measure), this
     * year a list or count cue and a status.
     */
    private Optional<StaffQuery> editionQuestion(Question question, String focus, String folded, Words w, EditionWords e,
                                                 boolean listOrCount, boolean afterAMeasure) {
        int wordCount = folded.trim().split(" ").length;
        if (e.changes(folded) && (e.edition(folded) || w.measure(folded) || (wordCount <= 4 && !afterAMeasure))) {
            return Optional.of(new StaffQuery(StaffQuery.Type.CHANGES, Set.of(), Set.of(), Set.of(), ""));
        }
        boolean thisYear = listOrCount && e.thisYear(folded);
        Optional<String> sinceWhen = e.sinceWhenCue(folded);
        if (!thisYear && sinceWhen.isEmpty()) {
            return Optional.empty();
        }
        Filter filter = filter(question.folded(), focus, w);
        if (filter.doubtful() || filter.statuses().isEmpty()) {
            return Optional.empty();
        }
        if (thisYear) {
            return Optional.of(new StaffQuery(StaffQuery.Type.CHANGED_THIS_YEAR, filter.statuses(), filter.excluded(), filter.themes(), ""));
        }
        String subject = folded.replaceFirst(" " + java.util.regex.Pattern.quote(sinceWhen.get()) + " ", " ").trim();
        return subject.isEmpty() ? Optional.empty()
                : Optional.of(new StaffQuery(StaffQuery.Type.SINCE_WHEN, Set.of(), Set.of(), Set.of(), subject));
    }

    /**
     * "Sorry, I meant the completed ones, not ongoing", "nie, chodziło mi o te opóźnione. ile ich
     * jest": the last list or count asked again with what the words after the correction name in
     * place of what they replace (its statuses, its themes or both); the rest of the filter stays.
     * Empty without a correcting phrase, or when what follows it names no status and no theme.
     */
    public Optional<StaffQuery> correct(Question question, Language language, StaffQuery previous) {
        String padded = question.padded();
        int after = -1;
        for (String cue : corrections.get(language)) {
            int at = padded.lastIndexOf(" " + cue + " ");
            if (at >= 0) {
                after = Math.max(after, at + cue.length() + 1);
            }
        }
        if (after < 0) {
            return Optional.empty();
        }
        StaffQuery blank = new StaffQuery(previous.type(), Set.of(), Set.of(), Set.of(), "", previous.period());
        return refine(Question.of(padded.substring(after)), language, blank)
                .filter(named -> !named.statuses().isEmpty() || !named.excluded().isEmpty() || !named.themes().isEmpty())
                .map(named -> {
                    boolean statuses = !named.statuses().isEmpty() || !named.excluded().isEmpty();
                    return new StaffQuery(named.type(), statuses ? named.statuses() : previous.statuses(),
                            statuses ? named.excluded() : previous.excluded(),
                            named.themes().isEmpty() ? previous.themes() : named.themes(), "", named.period());
                });
    }

    /**
     * The theme a message names and nothing else ("cazare 😡", "a mieszkanie?", "Locuință și cazare",
     * "loon"): every word but filler, "and" and a word that carries on is one of one theme's words.
     * Such a message has not said which of the theme's measures it is about.
     */
    public Optional<String> themeNamedAlone(Question question, Language language) {
        Words w = words.get(language);
        String[] own = Arrays.stream(question.words().split(" "))
                .filter(word -> !word.isEmpty() && !w.filler().contains(word) && !w.conjunctions().contains(word)
                        && !w.continuations().contains(word))
                .toArray(String[]::new);
        if (own.length == 0 || own.length > THEME_ALONE_WORDS) {
            return Optional.empty();
        }
        List<Mention<String>> found = mentions(own, 0, w.themeStems(), w, List.of());
        Set<String> themes = found.stream().map(Mention::key).collect(Collectors.toSet());
        int named = found.stream().mapToInt(Mention::words).sum();
        return named == own.length && themes.size() == 1 && found.stream().noneMatch(Mention::out)
                ? Optional.of(themes.iterator().next()) : Optional.empty();
    }

    /**
     * "How many measures does this theme have?", "which others are in the same theme?" right after an
     * answer about one measure: the list or count of that measure's theme, read as a refinement of
     * it. Empty unless the message points at the theme (see {@link Words#pointsAtTheTheme}) or narrows
     * with the word for theme in the phrase.
     */
    public Optional<StaffQuery> aboutThemeOf(Question question, Language language, String theme) {
        Words w = words.get(language);
        String folded = question.padded();
        if (!w.narrowsWithATheme(folded) && !w.pointsAtTheTheme(folded, question.folded())) {
            return Optional.empty();
        }
        return refine(question, language, new StaffQuery(StaffQuery.Type.LIST, Set.of(), Set.of(), Set.of(theme), ""));
    }

    /**
     * A follow-up to the last list or count ("which of these are delayed?", "how many of them?",
     * "only the housing ones"): the new filter is applied within the old one. Empty when the message
     * does not read as such a refinement.
     */
    public Optional<StaffQuery> refine(Question question, Language language, StaffQuery previous) {
        Words w = words.get(language);
        question = withExclusionsInFront(mended(question, language), language);
        String folded = question.padded();
        if (folded.isBlank()) {
            return Optional.empty();
        }
        boolean count = w.count(folded);
        boolean list = w.list(folded);
        boolean all = w.all(folded);
        boolean allThemes = w.allThemes(folded);
        // "The rest" in a short message only: "my landlord says the rest of the rent must be paid in
        // cash" after a list is no request for what it left out.
        boolean rest = w.words(folded) <= SHORT_QUESTION_WORDS + 2 + MAX_MENTION_SLACK
                && restWords.get(language).stream().anyMatch(cue -> TextNormalizer.hasWord(folded, cue));
        // "Across all themes" speaks of the last list's filter as plainly as "of these" does; "the rest" too.
        boolean refineCue = allThemes || rest || w.refines(folded, question.folded());
        int wordCount = w.words(folded);
        if (!refineCue && wordCount > SHORT_QUESTION_WORDS + 2 + MAX_MENTION_SLACK) {
            return Optional.empty();
        }
        Filter filter = filter(question.folded(), question.folded(), w);
        if (filter.doubtful()) {
            // "Which of these do not really concern housing?": it narrows the list, but how cannot be read.
            return refineCue ? Optional.of(new StaffQuery(StaffQuery.Type.UNREADABLE, Set.of(), Set.of(), Set.of(), "")) : Optional.empty();
        }
        // "And for 2027?" after a dated list; "which of these have a deadline in 2026?" after any list.
        Optional<Period> period = period(folded, language);
        if (period.isPresent() && (previous.period().isPresent() || due(folded, language))) {
            StaffQuery narrowed = previous.within(StaffQuery.Type.LIST, filter.statuses(), filter.excluded(), filter.themes());
            return Optional.of(new StaffQuery(StaffQuery.Type.DATED, narrowed.statuses(), narrowed.excluded(), narrowed.themes(), "", period));
        }
        // A status or theme of several words ("în curs de implementare") counts as one.
        wordCount -= filter.mentionSlack();
        if (!refineCue && wordCount > SHORT_QUESTION_WORDS + 2) {
            return Optional.empty();
        }
        boolean narrows = !filter.isEmpty();
        // "status?" right after a list asks for the list again: it shows each measure's status.
        boolean statusOnly = w.statusOnly(folded);
        if (!refineCue) {
            // Without "of these", only an elliptic message refines: short, no word for "measure", and
            // naming a status or theme ("welke is er vertraagd?") or just asking "how many?".
            if (w.measure(folded) || wordCount > SHORT_QUESTION_WORDS + 2) {
                return Optional.empty();
            }
            // "en hoeveel zijn dat er?" is as short as "how many?" once its filler is left out.
            if (!narrows && !statusOnly && !(w.contentWords(folded) <= 4 && (count || list))) {
                return Optional.empty();
            }
        }
        if (!narrows && !count && !list && !all && !statusOnly && !rest) {
            return Optional.empty();
        }
        StaffQuery.Type type = count ? StaffQuery.Type.COUNT : StaffQuery.Type.LIST;
        if (rest) {
            // "The opposite: completed, but not health": the list's statuses named again keep them, and
            // the other themes are what it left out.
            boolean sameStatuses = !filter.statuses().isEmpty() && previous.statuses().containsAll(filter.statuses());
            Optional<StaffQuery> leftOut = previous.rest(everyTheme, sameStatuses);
            return leftOut.map(q -> q.within(type, sameStatuses ? Set.of() : filter.statuses(), filter.excluded(),
                    sameStatuses ? Set.of() : filter.themes()));
        }
        // "how many are there in total in this theme?": the theme stays, the statuses go; a bare "how
        // many are there in total?" counts the list just shown.
        // "show all" after a list drops its statuses; "how many in total?" counts it as it is.
        // "And how many delayed ones in total?" after the delayed ones in work: "in total" beside no
        // other status than those already shown would narrow nothing, so it widens to every theme.
        // Not when it narrows within the list ("of these", "in this theme"): that keeps the themes.
        boolean restatesItsStatuses = all && filter.themes().isEmpty() && !filter.statuses().isEmpty()
                && !previous.statuses().isEmpty() && previous.statuses().containsAll(filter.statuses()) && !previous.themes().isEmpty()
                && !w.refines(folded, question.folded()) && !w.namesATheme(folded);
        StaffQuery base = allThemes || restatesItsStatuses ? previous.allThemes()
                : all && (!filter.themes().isEmpty() || w.namesATheme(folded) || (list && !count)) ? previous.allStatuses() : previous;
        if (!filter.added().isEmpty() && !base.statuses().isEmpty()) {
            // "plus the delayed ones" after the list of those in progress: both.
            Set<Status> both = EnumSet.copyOf(base.statuses());
            both.addAll(filter.statuses());
            return Optional.of(base.allStatuses().within(type, both, filter.excluded(), filter.themes()));
        }
        return Optional.of(base.within(type, filter.statuses(), filter.excluded(), filter.themes()));
    }

    /**
     * The statuses asked for and those left out, and the themes (none: all). {@code doubtful}: a
     * negation stands near a status or theme but could not be tied to it. {@code mentionSlack}: the
     * words beyond the first of each status or theme named, at most {@link #MAX_MENTION_SLACK}.
     */
    private record Filter(Set<Status> statuses, Set<Status> excluded, Set<String> themes, boolean doubtful, int mentionSlack,
                          Set<Status> added) {
        boolean isEmpty() {
            return statuses.isEmpty() && excluded.isEmpty() && themes.isEmpty();
        }
    }

    /**
     * Three statuses qualify another ("in progress, delayed", "carried out differently", serious
     * obstacles), so their words win over the plain ones, and a question may name several of them;
     * otherwise the longest matching words win ("в изпълнение", in progress, over "изпълнен",
     * completed, which it begins with), with those joined to them by "and" or "or". Negated and
     * excluded statuses and themes are read from the whole message; asked ones only from the
     * sentences that ask about measures.
     */
    private Filter filter(String whole, String focus, Words w) {
        List<String> sentences = sentences(whole, w);
        Set<String> focusSentences = new java.util.HashSet<>();
        sentences(focus, w).forEach(s -> focusSentences.add(separateWords(s)));
        List<Mention<Status>> statusMentions = new ArrayList<>();
        List<Mention<String>> themeMentions = new ArrayList<>();
        Set<Mention<Status>> included = new java.util.HashSet<>();
        boolean doubtful = false;
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = separateWords(sentences.get(s)).split(" ");
            List<int[]> excluding = new ArrayList<>(phraseSpans(tokens, w.exclude()));
            // A command to remove counts only where it opens the sentence.
            phraseSpans(tokens, w.remove()).stream().filter(span -> span[0] == 0).forEach(excluding::add);
            excluding.removeIf(span -> opensAStatus(tokens, span[0], w));
            excluding.sort(java.util.Comparator.comparingInt(span -> span[0]));
            List<Mention<Status>> st = mentions(tokens, s, w.statusStems(), w, excluding);
            List<int[]> including = phraseSpans(tokens, w.include());
            st.stream().filter(m -> including.stream().anyMatch(span -> m.word() >= span[1] && m.word() - span[1] <= INCLUDE_REACH))
                    .forEach(included::add);
            opposites(tokens, s, w, st);
            List<Mention<String>> th = mentions(tokens, s, w.themeStems(), w, excluding);
            // Where the sentence's clauses end matters only to an excluding phrase.
            exclude(st, th, excluding, tokens, excluding.isEmpty() ? Set.of() : clauseEnds(sentences.get(s)), w);
            doubtful |= strayNegation(tokens, excluding, st, th, w);
            statusMentions.addAll(st);
            themeMentions.addAll(th);
        }
        Set<Status> excluded = EnumSet.noneOf(Status.class);
        statusMentions.stream().filter(Mention::out).forEach(m -> excluded.add(m.key()));
        List<Mention<Status>> asked = statusMentions.stream().filter(m -> !m.out())
                .filter(m -> focusSentences.contains(separateWords(sentences.get(m.sentence())))).toList();
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        // "In progress, including the delayed ones": what is included widens the statuses asked
        // for, rather than qualifying or narrowing them; on its own it narrows nothing.
        List<Mention<Status>> narrowing = asked.stream().filter(m -> !included.contains(m)).toList();
        List<Mention<Status>> qualifying = narrowing.stream().filter(m -> qualifiers.contains(m.key())).toList();
        if (!qualifying.isEmpty()) {
            // "Completed or carried out differently": a plain status joined to a qualifier adds to it,
            // except "in progress", which the overview's own labels pair with the delayed and
            // obstacle qualifiers ("in uitvoering, vertraagd").
            // A plain word right beside a qualifier is part of its label ("realizată altfel").
            List<Mention<Status>> free = narrowing.stream().filter(m -> qualifying.contains(m)
                    || qualifying.stream().noneMatch(q -> q.sentence() == m.sentence() && (q.word() == m.end() || m.word() == q.end()))).toList();
            joined(qualifying, free, w, sentences).stream().filter(m -> qualifying.contains(m) || m.key() != Status.IN_UITVOERING)
                    .forEach(m -> statuses.add(m.key()));
        } else {
            chosen(narrowing, w, sentences).forEach(m -> statuses.add(m.key()));
        }
        // Named only as included ("also the delayed ones"), a status is what is asked for.
        Set<Status> added = EnumSet.noneOf(Status.class);
        asked.stream().filter(included::contains).forEach(m -> added.add(m.key()));
        statuses.addAll(added);
        statuses.removeAll(excluded);

        Set<String> excludedThemes = new LinkedHashSet<>();
        themeMentions.stream().filter(Mention::out).forEach(m -> excludedThemes.add(m.key()));
        List<Mention<String>> askedThemes = themeMentions.stream().filter(m -> !m.out())
                .filter(m -> focusSentences.contains(separateWords(sentences.get(m.sentence())))).toList();
        Set<String> themes = new LinkedHashSet<>();
        chosen(askedThemes, w, sentences).forEach(m -> themes.add(m.key()));
        themes.removeAll(excludedThemes);
        if (themes.isEmpty() && !excludedThemes.isEmpty()) {
            // "outside the registration theme": every other theme.
            w.themes().keySet().stream().filter(t -> !excludedThemes.contains(t)).forEach(themes::add);
        }
        int slack = statusMentions.stream().mapToInt(m -> m.words() - 1).sum() + themeMentions.stream().mapToInt(m -> m.words() - 1).sum();
        return new Filter(statuses, excluded, themes, doubtful, Math.min(slack, MAX_MENTION_SLACK), added);
    }

    /**
     * A negation that left nothing out but stands just before a status or theme that is asked for
     * ("which delayed measures do not really concern housing"), or right after one ("als je de
     * huisvestingsmaatregelen niet meetelt"): its scope cannot be read, and taking the mention as
     * asked would return the opposite set.
     */
    private static boolean strayNegation(String[] tokens, List<int[]> excluding, List<Mention<Status>> statuses,
                                         List<Mention<String>> themes, Words w) {
        List<Mention<?>> all = new ArrayList<>(statuses);
        all.addAll(themes);
        for (int i = 0; i < tokens.length; i++) {
            int length = negationAt(tokens, i, w);
            final int first = i;
            if (length == 0 || excluding.stream().anyMatch(span -> first >= span[0] && first < span[1])) {
                continue;
            }
            // The negation's last word: "няма да" negates what follows "да".
            final int at = i + length - 1;
            boolean used = all.stream().anyMatch(m -> m.out() && m.word() > at && m.word() - at <= NEGATION_REACH);
            boolean asked = all.stream().anyMatch(m -> !m.out() && m.word() > at && m.word() - at <= NEGATION_REACH);
            // Dutch puts "niet" after what it negates, with only the verb after it: "als je de
            // huisvestingsmaatregelen niet meetelt". Not where the clause goes on ("delayed or not
            // being carried out at all"), nor after "or" ("vertraagd of niet": delayed or not).
            boolean askedJustBefore = first >= tokens.length - 2 && all.stream().anyMatch(m -> !m.out() && m.end() <= first
                    && first - m.end() <= 1 && (first == m.end() || !w.conjunctions().contains(tokens[m.end()])));
            // "няма да бъдат изпълнени в срок": what the negation leaves out runs straight into another
            // status asked ("completed on schedule"); whether it negates one or both cannot be told. The
            // same status again is its label quoted: "нямат статус „приключена“ (Afgerond)".
            boolean runsIntoAsked = all.stream().anyMatch(out -> out.out() && out.word() > at && out.word() - at <= NEGATION_REACH
                    && all.stream().anyMatch(in -> !in.out() && in.word() == out.end() && !in.key().equals(out.key())));
            if ((!used && (asked || askedJustBefore)) || runsIntoAsked) {
                return true;
            }
        }
        return false;
    }

    /** How many words a negation that begins at {@code at} has ("niet", "още не", "няма да"); 0 when none begins there. */
    private static int negationAt(String[] tokens, int at, Words w) {
        if (w.negationWords().contains(tokens[at])) {
            return 1;
        }
        int longest = 0;
        for (String[] words : w.negationsOfSeveralWords()) {
            if (words.length > longest && at + words.length <= tokens.length
                    && java.util.Arrays.equals(words, 0, words.length, tokens, at, at + words.length)) {
                longest = words.length;
            }
        }
        return longest;
    }

    /** The longest mention, and those joined to it by "and", "or" ("werk en handhaving"). */
    private static <K> List<Mention<K>> chosen(List<Mention<K>> mentions, Words w, List<String> sentences) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        Mention<K> longest = mentions.stream().max(java.util.Comparator.comparingInt(Mention::length)).orElseThrow();
        return joined(List.of(longest), mentions, w, sentences);
    }

    /** These mentions, and those joined to them, or to one joined before, by "and", "or". */
    private static <K> List<Mention<K>> joined(List<Mention<K>> seeds, List<Mention<K>> mentions, Words w, List<String> sentences) {
        List<Mention<K>> chosen = new ArrayList<>(seeds);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Mention<K> m : mentions) {
                if (chosen.contains(m) || chosen.stream().anyMatch(c -> c.key().equals(m.key()))) {
                    continue;
                }
                String[] tokens = separateWords(sentences.get(m.sentence())).split(" ");
                if (chosen.stream().anyMatch(c -> c.sentence() == m.sentence() && linked(c, m, tokens, w, LINK_REACH))) {
                    chosen.add(m);
                    grew = true;
                }
            }
        }
        return chosen;
    }

    /** Whether two mentions stand close together with "and", "or" or "nor" between them. */
    private static boolean linked(Mention<?> a, Mention<?> b, String[] tokens, Words w, int reach) {
        Mention<?> first = a.word() <= b.word() ? a : b;
        Mention<?> second = first == a ? b : a;
        int gap = second.word() - first.end();
        if (gap == 0 && first.key() instanceof String) {
            // Two themes side by side are an enumeration whose comma the words no longer show:
            // "except housing, work and registration".
            return true;
        }
        if (gap > reach && gap > 1 && w.conjunctions().contains(tokens[first.end()])) {
            // "din zona de sănătate și din zona de informare", "about health and about information":
            // after the "and", the second repeats the words that led to the first.
            return repeatsLead(tokens, first.word(), first.end() + 1, gap - 1);
        }
        if (gap < 1 || gap > reach) {
            return false;
        }
        for (int i = first.end(); i < second.word(); i++) {
            if (w.conjunctions().contains(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code length} words from {@code from} are the same as the {@code length} words before {@code start}. */
    private static boolean repeatsLead(String[] tokens, int start, int from, int length) {
        if (length > start) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!tokens[start - length + i].equals(tokens[from + i])) {
                return false;
            }
        }
        return true;
    }

    /** Where each of the phrases stands, the longest where they overlap: {start, end} in words. */
    private static List<int[]> phraseSpans(String[] tokens, List<String> phrases) {
        List<int[]> spans = new ArrayList<>();
        String padded = " " + String.join(" ", tokens) + " ";
        for (String phrase : phrases) {
            int from = 0;
            while (true) {
                int at = padded.indexOf(" " + phrase + " ", from);
                if (at < 0) {
                    break;
                }
                String before = padded.substring(0, at + 1).trim();
                int start = before.isEmpty() ? 0 : before.split(" ").length;
                spans.add(new int[] {start, start + phrase.split(" ").length});
                from = at + 1;
            }
        }
        // "с изключение" within "с изключение на": one phrase, the longest.
        spans.sort(java.util.Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> -span[1]));
        List<int[]> distinct = new ArrayList<>();
        for (int[] span : spans) {
            if (distinct.isEmpty() || span[0] >= distinct.getLast()[1]) {
                distinct.add(span);
            }
        }
        return distinct;
    }

    /**
     * "zonder einddatum", "без краен срок", "without an end date": the excluding word opens a status
     * of several words; it names that status and leaves nothing out.
     */
    private static boolean opensAStatus(String[] tokens, int at, Words w) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, at, tokens.length));
        return w.statusPhrases().stream().anyMatch(rest::startsWith);
    }

    /** Every mention of the keys' words in the sentence, the longest at each place, outside excluding phrases. */
    private static <K> List<Mention<K>> mentions(String[] tokens, int sentence, StemsByFirstLetter<K> stems, Words w,
                                                 List<int[]> excluding) {
        List<Mention<K>> found = new ArrayList<>();
        // One string and the offset of each word in it: no string is built per word and stem.
        String text = String.join(" ", tokens);
        int[] offsets = new int[tokens.length];
        for (int i = 1; i < tokens.length; i++) {
            offsets[i] = offsets[i - 1] + tokens[i - 1].length() + 1;
        }
        for (int i = 0; i < tokens.length; i++) {
            final int at = i;
            if (excluding.stream().anyMatch(span -> at >= span[0] && at < span[1])) {
                continue; // "anders dan afgerond": "anders" is part of the excluding phrase, not a status
            }
            if (tokens[i].isEmpty() || w.namesNeither(tokens[i])) {
                continue; // "in werking" begins as the theme "werk" does, but names no theme
            }
            Mention<K> best = null;
            // Most words begin with no negation prefix ("ne", "un"): then no stem needs trying with one.
            boolean mayBePrefixed = w.negationPrefixes().stream().anyMatch(p -> text.startsWith(p, offsets[at]));
            // Without a prefix, a stem that begins with another letter cannot be met at this word.
            for (StemsByFirstLetter.Stem<K> candidate : mayBePrefixed ? stems.all() : stems.beginningWith(text.charAt(offsets[i]))) {
                String stem = candidate.stem();
                int length;
                boolean prefixed = false;
                if (text.startsWith(stem, offsets[i])) {
                    length = stem.length();
                } else if (w.wordByWord().contains(stem) && wordBeginnings(tokens, i, stem)) {
                    length = stem.length();
                } else if (!mayBePrefixed) {
                    continue;
                } else {
                    String prefix = negationPrefix(text, offsets[i], stem, w);
                    if (prefix == null) {
                        continue;
                    }
                    length = stem.length() + prefix.length();
                    prefixed = true;
                }
                if (best == null || length > best.length()) {
                    int span = 1 + (int) stem.chars().filter(c -> c == ' ').count();
                    best = new Mention<>(candidate.key(), sentence, i, span, length, prefixed || negatedBefore(tokens, i, w));
                }
            }
            if (best != null) {
                found.add(best);
                i += best.words() - 1;
            }
        }
        return found;
    }

    /** The negation joined to the word at {@code offset} before the stem ("nie" in "niezakończone"), if any. */
    private static String negationPrefix(String text, int offset, String stem, Words w) {
        for (String p : w.negationPrefixes()) {
            if (text.startsWith(p, offset) && text.startsWith(stem, offset + p.length())) {
                return p;
            }
        }
        return null;
    }

    /** "still open": a word that means the opposite of a status leaves that status out. */
    private static void opposites(String[] tokens, int sentence, Words w, List<Mention<Status>> found) {
        String padded = " " + String.join(" ", tokens) + " ";
        w.opposites().forEach((status, stems) -> {
            for (String stem : stems) {
                int at = padded.indexOf(" " + stem);
                if (!stem.isBlank() && at >= 0) {
                    String before = padded.substring(0, at + 1).trim();
                    int word = before.isEmpty() ? 0 : before.split(" ").length;
                    if (found.stream().noneMatch(m -> m.word() == word)) {
                        found.add(new Mention<>(status, sentence, word, stem.split(" ").length, stem.length(), true));
                    }
                    return;
                }
            }
        });
    }

    /** A negation word right before the mention, with only negationGap words between ("not yet", "niet de status"). */
    private static boolean negatedBefore(String[] tokens, int at, Words w) {
        int j = at - 1;
        while (j >= 0 && w.negationGap().contains(tokens[j])) {
            j--;
        }
        for (String neg : w.negation()) {
            String[] n = neg.split(" ");
            if (j - n.length + 1 < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < n.length; k++) {
                if (!tokens[j - n.length + 1 + k].equals(n[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each excluding phrase leaves out one status or theme: the first after it ("not counting the
     * delayed ones", "zonder de vertraagde", "pomiń te z obszaru mieszkalnictwa") with those joined
     * to it by "and" or "or" ("excluding the delayed ones and the one carried out differently"), else,
     * when the phrase ends its clause, the nearest before it ("de vertraagde niet meegeteld").
     */
    private static void exclude(List<Mention<Status>> statuses, List<Mention<String>> themes, List<int[]> excluding,
                                String[] tokens, Set<Integer> clauseEnds, Words w) {
        for (int[] span : excluding) {
            Mention<?> status = nearestAfter(statuses, span);
            Mention<?> theme = nearestAfter(themes, span);
            if (status != null || theme != null) {
                if (theme == null || (status != null && status.word() < theme.word())) {
                    excludeFrom(statuses, statuses.indexOf(status), tokens, w);
                } else {
                    excludeFrom(themes, themes.indexOf(theme), tokens, w);
                }
                continue;
            }
            // "постоянни, без краен срок" (ongoing, without an end date): the phrase governs the words
            // after it, which are not a status or theme, so it leaves out nothing.
            if (!endsClause(span, tokens, clauseEnds, w)) {
                continue;
            }
            Mention<?> statusBefore = nearestBefore(statuses, span);
            Mention<?> themeBefore = nearestBefore(themes, span);
            if (statusBefore != null && (themeBefore == null || statusBefore.word() > themeBefore.word())) {
                statuses.set(statuses.indexOf(statusBefore), statuses.get(statuses.indexOf(statusBefore)).excluded());
            } else if (themeBefore != null) {
                themes.set(themes.indexOf(themeBefore), themes.get(themes.indexOf(themeBefore)).excluded());
            }
        }
    }

    /**
     * Whether the phrase ends its clause, so that it can refer back ("de vertraagde niet meegeteld",
     * "de vertraagde buiten beschouwing laat"): up to the next comma, besides filler at most one word
     * (a verb) follows it. Two or more are a thing of its own that it governs ("без краен срок").
     */
    private static boolean endsClause(int[] span, String[] tokens, Set<Integer> clauseEnds, Words w) {
        int words = 0;
        for (int i = span[1]; i < tokens.length && !clauseEnds.contains(i); i++) {
            if (!w.filler().contains(tokens[i]) && !w.negationGap().contains(tokens[i])) {
                words++;
            }
        }
        return words <= 1;
    }

    private static <K> Mention<K> nearestAfter(List<Mention<K>> found, int[] span) {
        Mention<K> best = null;
        for (Mention<K> m : found) {
            if (!m.out() && m.word() >= span[1] && m.word() - span[1] < EXCLUDE_REACH && (best == null || m.word() < best.word())) {
                best = m;
            }
        }
        return best;
    }

    private static <K> Mention<K> nearestBefore(List<Mention<K>> found, int[] span) {
        Mention<K> best = null;
        for (Mention<K> m : found) {
            if (!m.out() && m.word() < span[0] && span[0] - m.word() <= EXCLUDE_REACH && (best == null || m.word() > best.word())) {
                best = m;
            }
        }
        return best;
    }

    private static <K> void excludeFrom(List<Mention<K>> found, int first, String[] tokens, Words w) {
        found.set(first, found.get(first).excluded());
        Mention<K> last = found.get(first);
        for (int i = first + 1; i < found.size(); i++) {
            if (linked(last, found.get(i), tokens, w, EXCLUDED_LINK_REACH)) {
                found.set(i, found.get(i).excluded());
                last = found.get(i);
            }
        }
    }

    /** The word positions at which a comma starts a new clause of the sentence. */
    private static Set<Integer> clauseEnds(String sentence) {
        Set<Integer> ends = new java.util.HashSet<>();
        int words = 0;
        for (String clause : sentence.split(",")) {
            String separated = separateWords(clause);
            words += separated.isBlank() ? 0 : separated.split(" ").length;
            ends.add(words);
        }
        return ends;
    }

    private static List<String> sentences(String folded, Words w) {
        List<String> result = new ArrayList<>();
        for (String s : parts(folded, w)) {
            if (!s.isBlank()) {
                result.add(s);
            }
        }
        if (result.isEmpty()) {
            result.add(folded);
        }
        return result;
    }

    /**
     * The sentences, a preamble before a colon set apart: "a question from a client: is anything
     * delayed?" asks only after it. A colon after words that ask ("delayed in these themes: housing
     * and work") leaves the sentence whole.
     */
    private static String[] parts(String folded, Words w) {
        List<String> parts = new ArrayList<>();
        for (String sentence : TextNormalizer.sentences(folded)) {
            String[] split = COLON.split(sentence, 2);
            if (split.length == 2 && !asks(split[0], w) && asks(split[1], w)) {
                parts.add(split[0]);
                parts.add(split[1]);
            } else {
                parts.add(sentence);
            }
        }
        return parts.toArray(String[]::new);
    }

    /** Whether the words ask about measures: a word for measure, a list, count or "anything" cue. */
    private static boolean asks(String text, Words w) {
        String padded = " " + separateWords(text) + " ";
        return w.measure(padded) || w.list(padded) || w.count(padded) || w.anything(padded);
    }

    /**
     * The sentences that ask about measures. Staff often start with a sentence about themselves
     * ("I work at an information point."), whose words must not choose the theme or status.
     */
    private static String focus(String folded, Words w) {
        String[] sentences = parts(folded, w);
        if (sentences.length < 2) {
            return folded;
        }
        StringBuilder focus = new StringBuilder();
        for (String sentence : sentences) {
            if (asks(sentence, w)) {
                focus.append(sentence).append(". ");
            }
        }
        return focus.isEmpty() ? folded : focus.toString();
    }

    /** The first words of the status cues that name the status ("status", "stadiul"), read once at start-up. */
    private static Set<String> statusWords(Vocabulary vocabulary, Language l) {
        return Vocabulary.folded(vocabulary.statusOfCues(), l).stream().map(cue -> cue.split(" ")[0])
                .filter(word -> word.length() >= STATUS_WORD_LENGTH).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A phrase's words cut to the letters the search's folded fields keep: an inflection's ending falls away. */
    private static String cut(String phrase) {
        return java.util.Arrays.stream(phrase.split(" "))
                .map(word -> word.length() > MeasureSearch.FOLDED_WORD_LENGTH ? word.substring(0, MeasureSearch.FOLDED_WORD_LENGTH) : word)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Whether each word of the phrase begins the message's word at its place, from word {@code at}
     * on. Read in place, without splitting: it runs for every word of a message.
     */
    private static boolean wordBeginnings(String[] tokens, int at, String phrase) {
        int from = 0;
        int token = at;
        while (from < phrase.length()) {
            int space = phrase.indexOf(' ', from);
            int end = space < 0 ? phrase.length() : space;
            if (token >= tokens.length || !tokens[token].regionMatches(0, phrase, from, end - from)) {
                return false;
            }
            from = end + 1;
            token++;
        }
        return true;
    }

    /**
     * Each "op ... na" pair as a rewrite of the folded text: "op werk en huisvesting na" becomes
     * "zonder werk en huisvesting" (the language's first one-word excluding word), at most six
     * words between. Regular expressions because the pair is discontinuous: no analyzer reads it.
     */
    private static List<java.util.function.UnaryOperator<String>> excludingAround(Vocabulary vocabulary, Language l) {
        Optional<String> excluding = Vocabulary.folded(vocabulary.excludeWords(), l).stream().filter(x -> !x.contains(" ")).findFirst();
        if (excluding.isEmpty()) {
            return List.of();
        }
        List<java.util.function.UnaryOperator<String>> rewrites = new java.util.ArrayList<>();
        for (String pair : Vocabulary.folded(vocabulary.excludeAround(), l)) {
            String[] ends = pair.split(" \\.\\.\\. ");
            java.util.regex.Pattern around = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(ends[0])
                    + " ((?:[\\p{L}\\p{N}]+[ ,/]+){1,6}?)" + java.util.regex.Pattern.quote(ends[1]) + "(?![\\p{L}\\p{N}])");
            String replacement = java.util.regex.Matcher.quoteReplacement(excluding.get()) + " $1";
            rewrites.add(text -> around.matcher(text).replaceAll(replacement));
        }
        return List.copyOf(rewrites);
    }

    /** Typos mended only in what asks for a list or count: in any other message they are not this parser's to read. */
    private Question withTyposMended(Question question, Language language, Words w) {
        String padded = question.padded();
        if (!w.count(padded) && !w.list(padded)) {
            return question;
        }
        return mended(question, language);
    }

    private Question mended(Question question, Language language) {
        String mended = typos.get(language).mend(question.folded());
        return mended.equals(question.folded()) ? question : Question.of(mended);
    }

    private Question withExclusionsInFront(Question question, Language language) {
        String folded = question.folded();
        for (var rewrite : excludeAround.getOrDefault(language, List.of())) {
            folded = rewrite.apply(folded);
        }
        return folded.equals(question.folded()) ? question : Question.of(folded);
    }

    private static List<String> separated(List<String> folded) {
        return folded.stream().map(StaffQueryParser::separateWords).filter(s -> !s.isBlank()).distinct().toList();
    }

    /** Folded, with punctuation turned into single spaces, as the question is. */
    private static String words(String text) {
        return separateWords(TextNormalizer.fold(text));
    }

    private static String separateWords(String folded) {
        return TextNormalizer.words(folded);
    }
}
