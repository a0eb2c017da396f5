package nl.workinnl.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.Translations;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the measures a question is about. The question is never parsed as Lucene query syntax:
 * its words go through the same analyzers as the index and become term queries, so "*:*" or
 * "title:*" are just words.
 * Measure and topic documents are scored together; a topic passes its score to the measures it names.
 */
public final class MeasureSearch {

    private static final int CANDIDATES = 20;
    /** Enough for any real question; keeps a 2,000-character message under Lucene's clause limit. */
    private static final int MAX_WORDS = 48;
    private static final int MAX_TERMS = 40;
    /** How much of a topic's score each of the measures it names gets, in order. */
    private static final float[] TOPIC_SHARE = {0.95f, 0.75f, 0.6f, 0.5f};

    private final MeasureIndex index;

    public MeasureSearch(Translations translations, Vocabulary vocabulary, SearchProperties properties) {
        this.index = new MeasureIndex(translations, vocabulary, properties);
    }

    /** The measures best matching the question, best first; empty when nothing matches. */
    public List<SearchHit> search(Question question, Language language) {
        try {
            AnalysedQuestion analysed = analyse(question, language);
            Query query = query(analysed, language);
            if (query == null) {
                return List.of();
            }
            TopDocs top = index.searcher().search(query, CANDIDATES);
            QuestionTerms terms = questionTerms(analysed, language);
            Map<String, SearchHit> best = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                MeasureIndex.Entry doc = index.entry(sd.doc);
                float coverage = terms.coverage(doc.id());
                String[] measures = doc.measures();
                for (int i = 0; i < measures.length; i++) {
                    float share = doc.topic() ? TOPIC_SHARE[Math.min(i, TOPIC_SHARE.length - 1)] : 1f;
                    SearchHit hit = new SearchHit(measures[i], sd.score * share, doc.topic() ? doc.id() : null, coverage);
                    best.merge(measures[i], hit, MeasureSearch::better);
                }
            }
            List<SearchHit> hits = new ArrayList<>(best.values());
            hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The question's terms, once per analyzer: the language's stemmed form (shared by its text,
     * title and keyword fields), the folded form, Bulgarian in Latin letters, and the Dutch forms.
     */
    private record AnalysedQuestion(List<String> stemmed, List<String> folded, List<String> latinBulgarian,
                                    boolean typedInLatin, List<String> dutchStemmed, List<String> dutchFolded) {}

    private AnalysedQuestion analyse(Question question, Language language) throws IOException {
        String clean = firstWords(question.clean());
        String folded = firstWords(question.folded());
        boolean bg = language == Language.BG;
        return new AnalysedQuestion(
                terms(Fields.text(language), clean),
                terms(Fields.folded(language), folded),
                bg ? terms(Fields.BULGARIAN_LATIN, folded) : List.of(),
                bg && !TextNormalizer.hasCyrillic(question.clean()),
                language.isSource() ? List.of() : terms(Fields.keywords(Language.NL), clean),
                language.isSource() ? List.of() : terms(Fields.folded(Language.NL), folded));
    }

    /**
     * At most {@link #MAX_TERMS} distinct terms a field, so that no text (Thai and Chinese have no
     * spaces to count words by) can exceed Lucene's clause limit.
     */
    private List<String> terms(String field, String text) throws IOException {
        return index.terms(field, text).stream().distinct().limit(MAX_TERMS).toList();
    }

    /** The higher score wins; a topic the other hit came through is kept, and so is the better coverage. */
    private static SearchHit better(SearchHit a, SearchHit b) {
        SearchHit win = a.score() >= b.score() ? a : b;
        SearchHit lose = win == a ? b : a;
        return new SearchHit(win.measureId(), win.score(), win.topicId() != null ? win.topicId() : lose.topicId(),
                Math.max(win.coverage(), lose.coverage()));
    }

    /** The question's folded words with their weights: rare and unknown words weigh most. */
    private record QuestionTerms(MeasureIndex index, List<String> fields, Map<String, Double> weights) {

        float coverage(String docId) {
            double total = 0;
            double covered = 0;
            for (var e : weights.entrySet()) {
                total += e.getValue();
                if (fields.stream().anyMatch(f -> index.documentTerms(docId, f).contains(e.getKey()))) {
                    covered += e.getValue();
                }
            }
            return total == 0 ? 0f : (float) (covered / total);
        }
    }

    private QuestionTerms questionTerms(AnalysedQuestion analysed, Language language) throws IOException {
        String field = analysed.typedInLatin() ? Fields.BULGARIAN_LATIN : Fields.folded(language);
        List<String> terms = analysed.typedInLatin() ? analysed.latinBulgarian() : analysed.folded();
        List<String> fields = language.isSource() ? List.of(field) : List.of(field, Fields.folded(Language.NL));
        int n = index.searcher().getIndexReader().numDocs();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : terms) {
            int df = 0;
            for (String f : fields) {
                df = Math.max(df, index.docFreq(f, term));
            }
            weights.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        }
        return new QuestionTerms(index, fields, weights);
    }

    private Query query(AnalysedQuestion q, Language language) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(query, Fields.text(language), q.stemmed(), 1.0f);
        clauses += add(query, Fields.title(language), q.stemmed(), 0.8f);
        clauses += add(query, Fields.keywords(language), q.stemmed(), 2.0f);
        clauses += add(query, Fields.folded(language), q.folded(), 1.0f);
        clauses += add(query, Fields.BULGARIAN_LATIN, q.latinBulgarian(), 1.0f);
        // Dutch names (DigiD, BSN, RNI, uitzendbureau) turn up in questions in every language.
        clauses += add(query, Fields.keywords(Language.NL), q.dutchStemmed(), 0.4f);
        clauses += add(query, Fields.folded(Language.NL), q.dutchFolded(), 0.3f);
        return clauses == 0 ? null : query.build();
    }

    private static String firstWords(String text) {
        String[] words = text.split(" ");
        return words.length <= MAX_WORDS ? text : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    /** Terms the field does not have are left out: they cannot match, and each costs a dictionary lookup. */
    private int add(BooleanQuery.Builder query, String field, List<String> terms, float boost) {
        List<String> known = terms.stream().filter(t -> index.docFreq(field, t) > 0).toList();
        if (known.isEmpty()) {
            return 0;
        }
        BooleanQuery.Builder clause = new BooleanQuery.Builder();
        known.forEach(t -> clause.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        query.add(new BoostQuery(clause.build(), boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
