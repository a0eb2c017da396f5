package nl.workinnl.assistant.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import com.ibm.icu.text.Transliterator;

/**
 * Lucene's own analyzers per language (Dutch, Polish with Stempel, Romanian, Bulgarian, English)
 * for the stemmed fields, and a folding analyzer for the rest: ICU folding (case, diacritics,
 * Romanian cedillas) and words cut to their first letters, a stemmer that works for every language
 * when the diacritics the real stemmers need are missing.
 */
final class FieldAnalyzers {

    /** Long enough to keep words apart, short enough that "mieszkanie" and "mieszkania" meet. */
    static final int STEM_LENGTH = 6;

    private FieldAnalyzers() {}

    static Analyzer create(Vocabulary vocabulary) {
        return create(vocabulary::fillerWords);
    }

    /** @param fillerWords per language, the words of questions that say nothing about their topic */
    static Analyzer create(java.util.function.Function<Language, List<String>> fillerWords) {
        return wrap(perField(fillerWords));
    }

    /** One analyzer for all fields, each field's text going to its own. */
    static Analyzer wrap(Map<String, Analyzer> perField) {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** Each field's analyzer; the fields of one language's stemmed text share one. */
    static Map<String, Analyzer> perField(java.util.function.Function<Language, List<String>> fillerWords) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language l : Language.values()) {
            Analyzer language = languageAnalyzer(l, fillerWords.apply(l));
            perField.put(Fields.text(l), language);
            perField.put(Fields.title(l), language);
            perField.put(Fields.keywords(l), language);
            perField.put(Fields.folded(l), folding(foldedStopWords(l, fillerWords.apply(l))));
        }
        perField.put(Fields.BULGARIAN_LATIN, bulgarianLatin(foldedStopWords(Language.BG, fillerWords.apply(Language.BG))));
        return perField;
    }

    /** Lucene's analyzer for the language, its stop words extended by the question's filler words. */
    private static Analyzer languageAnalyzer(Language l, List<String> fillerWords) {
        CharArraySet stop = new CharArraySet(defaultStopWords(l), true);
        stop.addAll(fillerWords);
        return switch (l) {
            case NL -> new DutchAnalyzer(stop);
            case PL -> new PolishAnalyzer(stop);
            case RO -> new RomanianAnalyzer(stop);
            case BG -> bulgarian(stop);
            case EN -> new EnglishAnalyzer(stop);
        };
    }

    /**
     * Lucene's Bulgarian analysis (standard tokenizer, lower case, stop words, BulgarianStemFilter),
     * with one correction after the stemmer: it cuts "-ция" to "-ц" but "-цията" and "-ции" to "-ци",
     * so "регистрация" and "регистрацията" never met. Stems in "-ци" become "-ц".
     */
    private static Analyzer bulgarian(CharArraySet stop) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new StopFilter(stream, stop);
                stream = new BulgarianStemFilter(stream);
                stream = new PatternReplaceFilter(stream, CI_STEM, "ц", false);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static final java.util.regex.Pattern CI_STEM = java.util.regex.Pattern.compile("ци$");

    private static CharArraySet defaultStopWords(Language l) {
        return switch (l) {
            case NL -> DutchAnalyzer.getDefaultStopSet();
            case PL -> PolishAnalyzer.getDefaultStopSet();
            case RO -> RomanianAnalyzer.getDefaultStopSet();
            case BG -> BulgarianAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
    }

    /**
     * The language's stop words (Lucene's own lists) as people type them without diacritics; for
     * Bulgarian also in Latin letters. Without them "waar kan ik" would match every document.
     */
    static CharArraySet foldedStopWords(Language l, List<String> fillerWords) {
        CharArraySet source = new CharArraySet(defaultStopWords(l), true);
        source.addAll(fillerWords);
        CharArraySet folded = new CharArraySet(source.size() * 2, false);
        for (Object word : source) {
            String w = new String((char[]) word);
            folded.add(TextNormalizer.fold(w));
            if (l == Language.BG) {
                folded.add(LatinBulgarianSpellings.reduce(TextNormalizer.bulgarianLatin(w)));
            }
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    static Analyzer folding(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ICUFoldingFilter(tokenizer);
                stream = new StopFilter(stream, stopWords);
                stream = new TruncateTokenFilter(stream, STEM_LENGTH);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Cyrillic to Latin as in BGN romanisation, then folded: index and query meet in Latin letters. */
    private static Analyzer bulgarianLatin(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ICUTransformFilter(stream, Transliterator.getInstance("Bulgarian-Latin/BGN"));
                stream = new ICUFoldingFilter(stream);
                stream = new ICUTransformFilter(stream, LatinBulgarianSpellings.transliterator());
                stream = new LengthFilter(stream, 1, Integer.MAX_VALUE);
                stream = new StopFilter(stream, stopWords);
                stream = new TruncateTokenFilter(stream, STEM_LENGTH);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
