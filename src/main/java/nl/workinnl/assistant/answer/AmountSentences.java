package nl.workinnl.assistant.answer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Translations;

/**
 * The amounts the curated texts state about a measure ("€ 12,4 miljoen per jaar", "10 mln euro",
 * "at most 25% of the minimum wage"): whether there is one to answer "how much?" with, and the
 * sentence that states it. Only the measure's own texts count: a topic shared with other measures
 * states amounts of other things (the 25% of the rent rule is no answer to "how much holiday pay?"),
 * and the sentence must share a word with the question: the € 12.4 million municipalities get for
 * enforcement is no answer to "what is the highest rent for a room?".
 */
final class AmountSentences {

    /**
     * A sum of money or a percentage, as the corpus writes them in any of its languages ("25%",
     * "€ 5.000", "40 euro", "5.000 de euro", "6 miljoen euro", "10 mln euro", "10 milioane de euro", "6 милиона
     * евро"); not "100%", which says "wholly" ("a 100% digital GP"), not how much.
     */
    static final Pattern AMOUNT = Pattern.compile("(?iu)(?<![\\d.,])(?!100\\s*(%|procent|percent|процент))\\d[\\d.,]*\\s*"
            + "((mln|mld|miljoen|miljard|millions?|billions?|milion\\p{L}*|miliard\\p{L}*|milioane|млн|млрд|милион\\p{L}*|милиард\\p{L}*)\\.?\\s*)?(de\\s+)?"
            + "(%|€|euros?\\b|eur\\b|евро|procent|percent|процент|lei\\b|лв)|€\\s*\\d");

    /** Words of a question this long or longer say what it is about; shorter ones are mostly function words. */
    private static final int MIN_WORD = 4;
    /** Words are compared by their beginnings, so that inflections meet ("przeznaczył", "przeznaczyła"). */
    private static final int STEM = 5;

    /** A curated sentence that states an amount, with the word beginnings a question must share with it. */
    private record Stated(String sentence, Set<String> stems) {}

    /** Per language, per measure, its amount sentences in the order they are offered; read once per data version. */
    private final Map<Language, Map<String, List<Stated>>> stated = new EnumMap<>(Language.class);
    private final Map<Language, Set<String>> ignored = new EnumMap<>(Language.class);

    AmountSentences(Translations translations, Vocabulary vocabulary) {
        for (Language l : Language.values()) {
            // The words that ask for an amount or only fill say nothing of what the amount is of.
            Set<String> these = new HashSet<>(vocabulary.fillerWords(l));
            Vocabulary.folded(vocabulary.amountRequests(), l).forEach(p -> these.addAll(List.of(TextNormalizer.words(p).split(" "))));
            ignored.put(l, Set.copyOf(these));
            // ICU's sentence rules, not a split on full stops: "€ 12.4 million" and "dr." stay whole.
            BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(l.code()));
            Map<String, List<Stated>> byMeasure = new HashMap<>();
            for (var m : translations.corpus().measures()) {
                LocalizedMeasure localized = translations.measure(m, l);
                List<String> texts = new ArrayList<>(List.of(localized.summary(), localized.forYou(), localized.shortAnswer()));
                texts.addAll(localized.keyFacts());
                List<Stated> found = new ArrayList<>();
                for (String text : texts) {
                    sentences.setText(text);
                    for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
                        String sentence = text.substring(from, to).trim();
                        if (statesAmount(sentence)) {
                            found.add(new Stated(sentence, stems(TextNormalizer.words(TextNormalizer.fold(sentence)), Set.of())));
                        }
                    }
                }
                byMeasure.put(m.id(), List.copyOf(found));
            }
            stated.put(l, byMeasure);
        }
    }

    static boolean statesAmount(String text) {
        return AMOUNT.matcher(text).find();
    }

    /**
     * The first sentence that states an amount and shares a word with the question (any, when the
     * question says nothing but "how much is it?"): the measure's summary, what it means for the
     * reader, its short answer, and its key facts last (they are notes, not prose).
     */
    Optional<String> sentence(String measureId, Language language, Question question) {
        Set<String> asked = stems(question.words(), ignored.get(language));
        return stated.get(language).getOrDefault(measureId, List.of()).stream()
                .filter(s -> asked.isEmpty() || s.stems().stream().anyMatch(asked::contains))
                .map(Stated::sentence).findFirst();
    }

    /** The beginnings of the words long enough to say what a text is about, those in {@code ignored} left out. */
    private static Set<String> stems(String words, Set<String> ignored) {
        Set<String> stems = new HashSet<>();
        for (String word : words.split(" ")) {
            if (word.length() >= MIN_WORD && !ignored.contains(word)) {
                stems.add(word.substring(0, Math.min(STEM, word.length())));
            }
        }
        return stems;
    }
}
