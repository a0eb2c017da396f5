package nl.workinnl.assistant.answer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.workinnl.assistant.corpus.Corpus;
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
     * "€ 5.000", "40 euro", "6 miljoen euro", "10 mln euro", "10 milioane de euro", "6 милиона
     * евро"); not "100%", which says "wholly" ("a 100% digital GP"), not how much.
     */
    static final Pattern AMOUNT = Pattern.compile("(?iu)(?<![\\d.,])(?!100\\s*(%|procent|percent|процент))\\d[\\d.,]*\\s*"
            + "((mln|mld|miljoen|miljard|millions?|billions?|milion\\p{L}*|miliard\\p{L}*|milioane|млн|млрд|милион\\p{L}*|милиард\\p{L}*)\\.?\\s*(de\\s+)?)?"
            + "(%|€|euro|eur\\b|евро|procent|percent|процент|lei\\b|лв)|€\\s*\\d");

    /** Words of a question this long or longer say what it is about; shorter ones are mostly function words. */
    private static final int MIN_WORD = 4;
    /** Words are compared by their beginnings, so that inflections meet ("przeznaczył", "przeznaczyła"). */
    private static final int STEM = 5;

    private final Translations translations;
    private final Corpus corpus;
    private final java.util.Map<Language, java.util.Set<String>> ignored = new java.util.EnumMap<>(Language.class);

    AmountSentences(Translations translations, Vocabulary vocabulary) {
        this.translations = translations;
        this.corpus = translations.corpus();
        // The words that ask for an amount or only fill say nothing of what the amount is of.
        for (Language l : Language.values()) {
            java.util.Set<String> these = new java.util.HashSet<>(vocabulary.fillerWords(l));
            Vocabulary.folded(vocabulary.amountRequests(), l).forEach(p -> these.addAll(List.of(TextNormalizer.words(p).split(" "))));
            ignored.put(l, java.util.Set.copyOf(these));
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
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (String word : question.words().split(" ")) {
            if (word.length() >= MIN_WORD && !ignored.getOrDefault(language, java.util.Set.of()).contains(word)) {
                asked.add(word.substring(0, Math.min(STEM, word.length())));
            }
        }
        Optional<LocalizedMeasure> measure = corpus.measure(measureId).map(m -> translations.measure(m, language));
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>(List.of(measure.get().summary(), measure.get().forYou(), measure.get().shortAnswer()));
        texts.addAll(measure.get().keyFacts());
        // ICU's sentence rules, not a split on full stops: "€ 12.4 million" and "dr." stay whole.
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language.code()));
        for (String text : texts) {
            sentences.setText(text);
            for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                String sentence = text.substring(start, end).trim();
                if (statesAmount(sentence) && sharesAWord(sentence, asked)) {
                    return Optional.of(sentence);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sharesAWord(String sentence, java.util.Set<String> asked) {
        if (asked.isEmpty()) {
            return true;
        }
        for (String word : TextNormalizer.words(TextNormalizer.fold(sentence)).split(" ")) {
            if (word.length() >= MIN_WORD && asked.contains(word.substring(0, Math.min(STEM, word.length())))) {
                return true;
            }
        }
        return false;
    }
}
