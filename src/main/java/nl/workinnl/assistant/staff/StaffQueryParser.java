package nl.workinnl.assistant.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.Theme;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.Translations;

/**
 * Recognises staff questions ("Welke maatregelen zijn vertraagd?", "Ile działań jest zakończonych?",
 * "Кои мерки са забавени?", "how many are completed?") from the words in
 * {@code translations/understanding.yaml} and the theme names in every language. Only the words of
 * the message's own language count, so that Romanian "care" (which) is not English "care".
 */
public final class StaffQueryParser {

    private static final int SHORT_QUESTION_WORDS = 6;
    private static final Set<Status> QUALIFIERS = EnumSet.of(Status.VERTRAAGD, Status.ANDERS_UITGEVOERD,
            Status.ERNSTIGE_OBSTAKELS);

    private final Map<Language, Words> words = new EnumMap<>(Language.class);

    private record Words(List<String> list, List<String> count, List<String> statusOf, List<String> measure,
                         List<String> all, List<String> exclude, Map<Status, List<String>> statuses,
                         Map<String, List<String>> themes) {}

    public StaffQueryParser(Vocabulary vocabulary, Translations translations) {
        Map<Status, Map<Language, List<String>>> statusWords = vocabulary.statusWords();
        Map<String, Map<Language, List<String>>> themeWords = vocabulary.themeWords();
        for (Language l : Language.values()) {
            Map<Status, List<String>> statuses = new EnumMap<>(Status.class);
            statusWords.forEach((s, byLanguage) -> {
                List<String> w = new ArrayList<>(byLanguage.get(l));
                w.add(words(translations.statusLabel(s, l)));
                statuses.put(s, w);
            });
            Map<String, List<String>> themes = new java.util.LinkedHashMap<>();
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
                    statuses, themes));
        }
    }

    public Optional<StaffQuery> parse(Question question, Language language) {
        Words w = words.get(language);
        String focus = focus(question.folded(), w);
        String folded = " " + separateWords(focus) + " ";
        if (folded.isBlank()) {
            return Optional.empty();
        }
        Set<Status> excluded = excluded(focus, w);
        Set<Status> status = EnumSet.noneOf(Status.class);
        status.addAll(statuses(folded, w));
        status.removeAll(excluded);
        if (status.isEmpty() && !excluded.isEmpty()) {
            // "in uitvoering, de vertraagde niet meegeteld": the plain status the exclusion hid.
            status.addAll(statuses(folded, w, excluded));
        }
        Optional<String> theme = longestMatch(folded, w.themes());
        boolean measureWord = w.measure().stream().anyMatch(folded::contains);
        boolean all = w.all().stream().anyMatch(stem -> startsWord(folded, stem));
        int wordCount = folded.trim().split(" ").length;
        boolean aboutMeasures = measureWord || (!status.isEmpty() && wordCount <= SHORT_QUESTION_WORDS);

        if (w.count().stream().anyMatch(stem -> startsWord(folded, stem)) && aboutMeasures) {
            return Optional.of(new StaffQuery(StaffQuery.Type.COUNT, status, excluded, theme, ""));
        }
        boolean listCue = w.list().stream().anyMatch(stem -> startsWord(folded, stem));
        if (listCue && aboutMeasures && (!status.isEmpty() || !excluded.isEmpty() || theme.isPresent() || all)) {
            return Optional.of(new StaffQuery(StaffQuery.Type.LIST, status, excluded, theme, ""));
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
     * The statuses the question names. Three statuses qualify another ("in progress, delayed",
     * "carried out differently", serious obstacles to carrying out), so their words win over the
     * plain ones, and a question may name several of them ("carried out differently or facing
     * serious obstacles"); otherwise the longest matching words win ("в изпълнение", in progress,
     * over "изпълнен", completed, which it begins with).
     */
    private static Set<Status> statuses(String folded, Words w) {
        return statuses(folded, w, Set.of());
    }

    private static Set<Status> statuses(String folded, Words w, Set<Status> ignored) {
        Set<Status> qualifiers = EnumSet.noneOf(Status.class);
        Map<Status, List<String>> plain = new EnumMap<>(Status.class);
        w.statuses().forEach((status, stems) -> {
            if (ignored.contains(status)) {
                return;
            }
            if (!QUALIFIERS.contains(status)) {
                plain.put(status, stems);
            } else if (stems.stream().anyMatch(stem -> startsWord(folded, stem))) {
                qualifiers.add(status);
            }
        });
        return !qualifiers.isEmpty() ? qualifiers : longestMatch(folded, plain).map(Set::of).orElse(Set.of());
    }

    /**
     * Statuses named in a sentence that also holds an excluding phrase ("De vertraagde wil ik niet
     * meetellen", "without the delayed ones"): those measures are left out.
     */
    private static Set<Status> excluded(String focus, Words w) {
        Set<Status> excluded = EnumSet.noneOf(Status.class);
        for (String sentence : focus.split("[.!?;]+")) {
            String padded = " " + separateWords(sentence) + " ";
            boolean excluding = w.exclude().stream().anyMatch(word -> padded.contains(" " + word + " "));
            if (excluding) {
                excluded.addAll(statuses(padded, w));
            }
        }
        return excluded;
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
            boolean asks = w.measure().stream().anyMatch(padded::contains)
                    || w.list().stream().anyMatch(stem -> startsWord(padded, stem))
                    || w.count().stream().anyMatch(stem -> startsWord(padded, stem));
            if (asks) {
                focus.append(sentence).append(' ');
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
