package nl.workinnl.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.TextNormalizer;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.Translations;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
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
    public List<SearchHit> search(String question, Language language) {
        Query query = query(question, language);
        if (query == null) {
            return List.of();
        }
        IndexSearcher searcher = index.searcher();
        try {
            TopDocs top = searcher.search(query, CANDIDATES);
            QuestionTerms terms = questionTerms(question, language);
            Map<String, SearchHit> best = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                boolean topic = MeasureIndex.TOPIC.equals(doc.get(Fields.KIND));
                float coverage = terms.coverage(doc.get(Fields.ID));
                String[] measures = doc.get(Fields.MEASURES).split(",");
                for (int i = 0; i < measures.length; i++) {
                    float share = topic ? TOPIC_SHARE[Math.min(i, TOPIC_SHARE.length - 1)] : 1f;
                    SearchHit hit = new SearchHit(measures[i], sd.score * share, topic ? doc.get(Fields.ID) : null, coverage);
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

    private QuestionTerms questionTerms(String question, Language language) throws IOException {
        String folded = TextNormalizer.fold(firstWords(TextNormalizer.clean(question)));
        boolean latinBulgarian = language == Language.BG && !TextNormalizer.hasCyrillic(question);
        String field = latinBulgarian ? Fields.BULGARIAN_LATIN : Fields.folded(language);
        List<String> fields = language.isSource() ? List.of(field) : List.of(field, Fields.folded(Language.NL));
        int n = index.searcher().getIndexReader().numDocs();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : index.terms(field, folded).stream().distinct().limit(MAX_TERMS).toList()) {
            int df = 0;
            for (String f : fields) {
                df = Math.max(df, index.searcher().getIndexReader().docFreq(new Term(f, term)));
            }
            weights.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        }
        return new QuestionTerms(index, fields, weights);
    }

    private Query query(String question, Language language) {
        String clean = firstWords(TextNormalizer.clean(question));
        String folded = TextNormalizer.fold(clean);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(q, Fields.text(language), clean, 1.0f);
        clauses += add(q, Fields.title(language), clean, 0.8f);
        clauses += add(q, Fields.keywords(language), clean, 2.0f);
        clauses += add(q, Fields.folded(language), folded, 1.0f);
        if (language == Language.BG) {
            clauses += add(q, Fields.BULGARIAN_LATIN, folded, 1.0f);
        }
        if (!language.isSource()) {
            // Dutch names (DigiD, BSN, RNI, uitzendbureau) turn up in questions in every language.
            clauses += add(q, Fields.keywords(Language.NL), clean, 0.4f);
            clauses += add(q, Fields.folded(Language.NL), folded, 0.3f);
        }
        return clauses == 0 ? null : q.build();
    }

    private static String firstWords(String text) {
        String[] words = text.split(" ");
        return words.length <= MAX_WORDS ? text : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    /**
     * One field's clause: the question's terms as that field's analyzer makes them, at most
     * {@link #MAX_TERMS} distinct ones, so that no text (Thai and Chinese have no spaces to count
     * words by) can exceed Lucene's clause limit.
     */
    private int add(BooleanQuery.Builder q, String field, String text, float boost) {
        List<String> terms;
        try {
            terms = index.terms(field, text).stream().distinct().limit(MAX_TERMS).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return 0;
        }
        BooleanQuery.Builder clause = new BooleanQuery.Builder();
        terms.forEach(t -> clause.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        q.add(new BoostQuery(clause.build(), boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
