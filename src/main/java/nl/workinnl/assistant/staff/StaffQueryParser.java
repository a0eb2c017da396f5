package nl.workinnl.assistant.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.Translations;

/**
 * Recognises staff questions ("Welke maatregelen zijn vertraagd?", "Ile działań nie jest jeszcze
 * zakończonych?", "Кои мерки са забавени?", "how many are not completed?") from the words in
 * {@code translations/understanding.yaml} and the theme names in every language. Only the words of
 * the message's own language count, so that Romanian "care" (which) is not English "care".
 *
 * <p>A status word that is negated ("niet afgerond", "nefinalizate", "незавършени") or excluded
 * ("not counting the delayed ones") leaves that status out; it never selects it. When the words
 * cannot be read without doubt, no staff question is recognised, rather than a wrong set.
 */
public final class StaffQueryParser {

    private static final int SHORT_QUESTION_WORDS = 6;
    /** How far (in words) an excluding phrase reaches for the status it excludes. */
    private static final int EXCLUDE_REACH = 8;

    private final Map<Language, Words> words = new EnumMap<>(Language.class);
    private final Set<Status> qualifiers;

    private record Words(List<String> list, List<String> count, List<String> statusOf, List<String> measure,
                         List<String> all, List<String> exclude, List<String> negation, List<String> negationGap,
                         List<String> negationPrefixes, List<String> refine, Map<Status, List<String>> statuses,
                         Map<String, List<String>> themes, Rules rules) {

        boolean list(String padded) {
            return any(list, padded, rules.list());
        }

        boolean count(String padded) {
            return any(count, padded, rules.count());
        }

        boolean measure(String padded) {
            return any(measure, padded, rules.measure());
        }

        boolean all(String padded) {
            return any(all, padded, rules.all());
        }

        private static boolean any(List<String> words, String padded, Vocabulary.Matching rule) {
            return words.stream().anyMatch(w -> rule.matches(padded, w));
        }
    }

    /** How each group's words are matched, from understanding.yaml. */
    private record Rules(Vocabulary.Matching list, Vocabulary.Matching count, Vocabulary.Matching measure, Vocabulary.Matching all) {}

    /** A status word found in the message: where it stands and whether it is negated or excluded. */
    private record Mention(Status status, int sentence, int word, int words, int stemLength, boolean negated) {}

    public StaffQueryParser(Vocabulary vocabulary, Translations translations) {
        this.qualifiers = EnumSet.copyOf(vocabulary.statusQualifiers());
        Rules rules = new Rules(vocabulary.matching("listCues"), vocabulary.matching("countCues"),
                vocabulary.matching("measureWords"), vocabulary.matching("allWords"));
        Map<Status, Map<Language, List<String>>> statusWords = vocabulary.statusWords();
        Map<String, Map<Language, List<String>>> themeWords = vocabulary.themeWords();
        for (Language l : Language.values()) {
            Map<Status, List<String>> statuses = new EnumMap<>(Status.class);
            statusWords.forEach((s, byLanguage) -> {
                List<String> w = new ArrayList<>(byLanguage.get(l));
                w.add(words(translations.statusLabel(s, l)));
                statuses.put(s, w);
            });
            Map<String, List<String>> themes = new LinkedHashMap<>();
            for (Theme t : translations.corpus().themes()) {
                List<String> w = new ArrayList<>(themeWords.getOrDefault(t.id(), Map.of()).getOrDefault(l, List.of()));
                // Staff also use the overview's own Dutch theme ids ("huisvesting", "zorg") in any language.
                w.add(t.id());
                w.add(words(translations.theme(t, l).name()));
                if (l == Language.BG) {
                    w.add(TextNormalizer.bulgarianLatin(translations.theme(t, l).name()));
                }
                themes.put(t.id(), w);
            }
            words.put(l, new Words(Vocabulary.folded(vocabulary.listCues(), l), Vocabulary.folded(vocabulary.countCues(), l),
                    Vocabulary.folded(vocabulary.statusOfCues(), l), Vocabulary.folded(vocabulary.measureWords(), l),
                    Vocabulary.folded(vocabulary.allWords(), l), Vocabulary.folded(vocabulary.excludeWords(), l),
                    separated(Vocabulary.folded(vocabulary.negation(), l)), separated(Vocabulary.folded(vocabulary.negationGap(), l)),
                    Vocabulary.folded(vocabulary.negationPrefixes(), l), separated(Vocabulary.folded(vocabulary.refineCues(), l)),
                    statuses, themes, rules));
        }
    }

    public Optional<StaffQuery> parse(Question question, Language language) {
        Words w = words.get(language);
        String focus = focus(question.folded(), w);
        String folded = " " + separateWords(focus) + " ";
        if (folded.isBlank()) {
            return Optional.empty();
        }
        Filter filter = filter(question.folded(), focus, w);
        Optional<String> theme = longestMatch(folded, w.themes());
        boolean measureWord = w.measure(folded);
        boolean all = w.all(folded);
        int wordCount = folded.trim().split(" ").length;
        boolean aboutMeasures = measureWord || (!filter.statuses().isEmpty() && wordCount <= SHORT_QUESTION_WORDS);

        if (w.count(folded) && aboutMeasures) {
            return Optional.of(new StaffQuery(StaffQuery.Type.COUNT, filter.statuses(), filter.excluded(), theme, ""));
        }
        boolean listCue = w.list(folded);
        if (listCue && aboutMeasures && (!filter.isEmpty() || theme.isPresent() || all)) {
            return Optional.of(new StaffQuery(StaffQuery.Type.LIST, filter.statuses(), filter.excluded(), theme, ""));
        }
        for (String cue : w.statusOf()) {
            int at = folded.indexOf(" " + cue + " ");
            if (at >= 0) {
                String subject = folded.substring(at + cue.length() + 2).trim();
                if (!subject.isEmpty()) {
                    return Optional.of(new StaffQuery(StaffQuery.Type.STATUS_OF, Set.of(), Set.of(), Optional.empty(), subject));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A follow-up to the last list or count ("which of these are delayed?", "how many of them?",
     * "only the housing ones"): the new filter is applied within the old one. Empty when the message
     * does not read as such a refinement.
     */
    public Optional<StaffQuery> refine(Question question, Language language, StaffQuery previous) {
        Words w = words.get(language);
        String folded = " " + separateWords(question.folded()) + " ";
        if (folded.isBlank()) {
            return Optional.empty();
        }
        Filter filter = filter(question.folded(), question.folded(), w);
        Optional<String> theme = longestMatch(folded, w.themes());
        boolean count = w.count(folded);
        boolean list = w.list(folded);
        boolean all = w.all(folded);
        boolean refineCue = w.refine().stream().anyMatch(cue -> folded.contains(" " + cue + " "));
        int wordCount = folded.trim().split(" ").length;
        boolean narrows = !filter.isEmpty() || theme.isPresent();
        if (!refineCue) {
            // Without "of these", only an elliptic message refines: short, no word for "measure", and
            // naming a status or theme ("welke is er vertraagd?") or just asking "how many?".
            if (w.measure(folded) || wordCount > SHORT_QUESTION_WORDS + 2) {
                return Optional.empty();
            }
            if (!narrows && !(wordCount <= 4 && (count || list))) {
                return Optional.empty();
            }
        }
        if (!narrows && !count && !list && !all) {
            return Optional.empty();
        }
        StaffQuery.Type type = count ? StaffQuery.Type.COUNT : StaffQuery.Type.LIST;
        // "how many are there in total in this theme?": the theme stays, the statuses go.
        StaffQuery base = all ? new StaffQuery(previous.type(), Set.of(), Set.of(), previous.theme(), "") : previous;
        return Optional.of(base.within(type, filter.statuses(), filter.excluded(), theme));
    }

    /** The statuses asked for and those left out. */
    private record Filter(Set<Status> statuses, Set<Status> excluded) {
        boolean isEmpty() {
            return statuses.isEmpty() && excluded.isEmpty();
        }
    }

    /**
     * Three statuses qualify another ("in progress, delayed", "carried out differently", serious
     * obstacles), so their words win over the plain ones, and a question may name several of them;
     * otherwise the longest matching words win ("в изпълнение", in progress, over "изпълнен",
     * completed, which it begins with). Negated and excluded statuses are read from the whole
     * message; asked statuses only from the sentences that ask about measures.
     */
    private Filter filter(String whole, String focus, Words w) {
        List<Mention> mentions = mentions(whole, w);
        Set<Status> excluded = EnumSet.noneOf(Status.class);
        Set<Status> askedQualifiers = EnumSet.noneOf(Status.class);
        Mention longestPlain = null;
        List<String> focusSentences = sentences(focus).stream().map(s -> separateWords(s)).toList();
        List<String> sentences = sentences(whole);
        for (Mention m : mentions) {
            if (m.negated()) {
                excluded.add(m.status());
                continue;
            }
            boolean inFocus = focusSentences.contains(separateWords(sentences.get(m.sentence())));
            if (!inFocus) {
                continue;
            }
            if (qualifiers.contains(m.status())) {
                askedQualifiers.add(m.status());
            } else if (longestPlain == null || m.stemLength() > longestPlain.stemLength()) {
                longestPlain = m;
            }
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        if (!askedQualifiers.isEmpty()) {
            statuses.addAll(askedQualifiers);
        } else if (longestPlain != null) {
            statuses.add(longestPlain.status());
        }
        statuses.removeAll(excluded);
        return new Filter(statuses, excluded);
    }

    /** Every status word of the message, the longest at each place, with its negation or exclusion. */
    private List<Mention> mentions(String folded, Words w) {
        List<Mention> found = new ArrayList<>();
        List<String> sentences = sentences(folded);
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = separateWords(sentences.get(s)).split(" ");
            String padded = " " + String.join(" ", tokens) + " ";
            for (int i = 0; i < tokens.length; i++) {
                String from = " " + String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length)) + " ";
                Mention best = null;
                for (var e : w.statuses().entrySet()) {
                    for (String stem : e.getValue()) {
                        if (stem.isBlank()) {
                            continue;
                        }
                        boolean plain = from.startsWith(" " + stem);
                        String prefix = plain ? null : w.negationPrefixes().stream()
                                .filter(p -> from.startsWith(" " + p + stem)).findFirst().orElse(null);
                        if (!plain && prefix == null) {
                            continue;
                        }
                        int length = stem.length() + (prefix == null ? 0 : prefix.length());
                        if (best == null || length > best.stemLength()) {
                            int span = stem.trim().split(" ").length;
                            best = new Mention(e.getKey(), s, i, span, length, prefix != null || negatedBefore(tokens, i, w));
                        }
                    }
                }
                if (best != null) {
                    found.add(best);
                    i += best.words() - 1;
                }
            }
            exclude(found, s, padded, tokens, w);
        }
        return found;
    }

    /** A negation word right before the status word, with only negationGap words between. */
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
     * Each excluding phrase of the sentence marks a status word as left out: the first after it
     * ("not counting the delayed ones", "zonder de vertraagde"), else the nearest before it
     * ("de vertraagde niet meegeteld").
     */
    private static void exclude(List<Mention> found, int sentence, String padded, String[] tokens, Words w) {
        for (String phrase : w.exclude()) {
            int from = 0;
            while (true) {
                int at = padded.indexOf(" " + phrase + " ", from);
                if (at < 0) {
                    break;
                }
                String before = padded.substring(0, at + 1).trim();
                int start = before.isEmpty() ? 0 : before.split(" ").length;
                int end = start + phrase.split(" ").length;
                Mention after = null;
                Mention previous = null;
                for (Mention m : found) {
                    if (m.sentence() != sentence || m.negated()) {
                        continue;
                    }
                    if (m.word() >= end && m.word() - end < EXCLUDE_REACH && (after == null || m.word() < after.word())) {
                        after = m;
                    } else if (m.word() < start && start - m.word() <= EXCLUDE_REACH && (previous == null || m.word() > previous.word())) {
                        previous = m;
                    }
                }
                Mention target = after != null ? after : previous;
                if (target != null) {
                    found.set(found.indexOf(target), new Mention(target.status(), target.sentence(), target.word(),
                            target.words(), target.stemLength(), true));
                }
                from = at + 1;
            }
        }
    }

    private static List<String> sentences(String folded) {
        List<String> result = new ArrayList<>();
        for (String s : folded.split("[.!?;]+")) {
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
     * The sentences that ask about measures. Staff often start with a sentence about themselves
     * ("I work at an information point."), whose words must not choose the theme or status.
     */
    private static String focus(String folded, Words w) {
        String[] sentences = folded.split("[.!?;]+");
        if (sentences.length < 2) {
            return folded;
        }
        StringBuilder focus = new StringBuilder();
        for (String sentence : sentences) {
            String padded = " " + separateWords(sentence) + " ";
            boolean asks = w.measure(padded) || w.list(padded) || w.count(padded);
            if (asks) {
                focus.append(sentence).append(". ");
            }
        }
        return focus.isEmpty() ? folded : focus.toString();
    }

    private static <K> Optional<K> longestMatch(String folded, Map<K, List<String>> stemsByKey) {
        K best = null;
        int longest = 0;
        for (var e : stemsByKey.entrySet()) {
            for (String stem : e.getValue()) {
                if (stem.length() > longest && startsWord(folded, stem)) {
                    best = e.getKey();
                    longest = stem.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> separated(List<String> folded) {
        return folded.stream().map(StaffQueryParser::separateWords).distinct().toList();
    }

    /** Folded, with punctuation turned into single spaces, as the question is. */
    private static String words(String text) {
        return separateWords(TextNormalizer.fold(text));
    }

    private static String separateWords(String folded) {
        return String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).trim();
    }

    /** True when a word of the text starts with the stem (a stem of several words must match whole words but the last). */
    private static boolean startsWord(String paddedText, String stem) {
        return !stem.isBlank() && paddedText.contains(" " + stem);
    }
}
