package nl.workinnl.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text's terms in a field, with the terms of the words the index knows remembered. Every field's
 * analyzer cuts a text into words with Lucene's standard tokenizer and then treats each word on its
 * own (lower case, stop words, stemming, folding, cutting short), so a text's terms are its words'
 * terms in order. Analysing every question's text in every field anew was about a tenth of a
 * question's time; with the words remembered it costs about a quarter less (30 against 22 µs a
 * question over the benchmark's questions: a hash look-up per word and field is not free either).
 * A word is remembered once its analyzer has made of it a term the field holds, or
 * nothing (a stop word): the words of the measures' own subjects, which questions keep using. Any
 * other word (a name, a typo, a word no measure has) goes through the analyzer each time, so that
 * what is remembered stays within the index's vocabulary. {@code WordTermsTest} checks that the
 * terms are the analyzers' own for every question of the question sets.
 */
final class WordTerms {

    /** The most words remembered per analyzer: a bound on the memory unusual spellings of known words can take. */
    private static final int MAX_REMEMBERED = 10_000;
    /** Stands for a word its field's analyzer leaves out (a stop word); compared by identity. */
    private static final String LEFT_OUT = new String("");

    private final Analyzer analyzer;
    /** The standard tokenizer alone: the words every field's analysis starts from. */
    private final Analyzer tokenizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    /** Per field, the words remembered with their terms; fields of one analyzer (a language's text, title and keywords) share one map. */
    private final Map<String, Map<String, String>> remembered = new HashMap<>();
    /** The words remembered in some field because it holds their term, or because they are stop words there. */
    private final java.util.Set<String> indexWords = ConcurrentHashMap.newKeySet();
    /** Whether the field holds the term. */
    private final BiPredicate<String, String> inField;

    /**
     * @param analyzer the index's analyzer, which gives each field's text to {@code perField}'s analyzer
     * @param inField  whether the index's field holds a term
     */
    WordTerms(Analyzer analyzer, Map<String, Analyzer> perField, BiPredicate<String, String> inField) {
        this.analyzer = analyzer;
        this.inField = inField;
        Map<Analyzer, Map<String, String>> byAnalyzer = new IdentityHashMap<>();
        perField.forEach((field, fieldAnalyzer) ->
                remembered.put(field, byAnalyzer.computeIfAbsent(fieldAnalyzer, a -> new ConcurrentHashMap<>())));
    }

    /** The words of the text as the standard tokenizer cuts them. */
    List<String> words(String text) {
        return analyse(tokenizer, "", text);
    }

    /** The terms the field's analyzer makes of the text's words (see {@link #words}), in order. */
    List<String> terms(String field, List<String> words) {
        Map<String, String> known = remembered.getOrDefault(field, Map.of());
        String[] termOf = new String[words.size()];
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < termOf.length; i++) {
            termOf[i] = known.get(words.get(i));
            if (termOf[i] == null) {
                unknown.add(i);
            }
        }
        if (!unknown.isEmpty()) {
            if (!analyseTogether(field, words, unknown, termOf)) {
                return wordByWord(field, words, known);
            }
            for (int i : unknown) {
                remember(field, words.get(i), termOf[i], known);
            }
        }
        List<String> terms = new ArrayList<>(termOf.length);
        for (String term : termOf) {
            if (term != LEFT_OUT) {
                terms.add(term);
            }
        }
        return terms;
    }

    /**
     * The terms of the words not remembered, analysed together in one stream (a stream a word cost
     * more than their stemming), each term put at its word by its position: a word left out leaves
     * its position empty. False, the terms not to be trusted, unless the analyzer made one position
     * of each word, and at most one term at each.
     */
    private boolean analyseTogether(String field, List<String> words, List<Integer> unknown, String[] termOf) {
        StringBuilder text = new StringBuilder();
        for (int i : unknown) {
            text.append(words.get(i)).append(' ');
            termOf[i] = LEFT_OUT;
        }
        int position = -1;
        try (TokenStream stream = analyzer.tokenStream(field, text.toString())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            boolean oneTermAWord = true;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                oneTermAWord &= position < unknown.size() && termOf[unknown.get(position)] == LEFT_OUT;
                if (oneTermAWord) {
                    termOf[unknown.get(position)] = term.toString();
                }
            }
            stream.end();
            // The positions of the words left out at the end.
            position += increment.getPositionIncrement();
            return oneTermAWord && position == unknown.size() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each word not remembered analysed alone: where the words' positions could not be told apart (none known to). */
    private List<String> wordByWord(String field, List<String> words, Map<String, String> known) {
        List<String> terms = new ArrayList<>();
        for (String word : words) {
            String term = known.get(word);
            if (term == null) {
                terms.addAll(analyse(analyzer, field, word));
            } else if (term != LEFT_OUT) {
                terms.add(term);
            }
        }
        return terms;
    }

    /**
     * A word left out, or made a term the field holds, is remembered while there is room: one of the
     * index's own words, or a stop word. Such a word is remembered in every other field too, where its
     * term may be one no document has: a Polish word in the Dutch fields, which every question in
     * another language is also searched in for the Dutch names it may quote.
     */
    private void remember(String field, String word, String term, Map<String, String> known) {
        if (known.size() >= MAX_REMEMBERED) {
            return;
        }
        if (term == LEFT_OUT || inField.test(field, term)) {
            indexWords.add(word);
        } else if (!indexWords.contains(word)) {
            return;
        }
        known.put(word, term);
    }

    /** The terms the analyzer makes of the text in the field, in order. */
    static List<String> analyse(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
