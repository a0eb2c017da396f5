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
import org.apache.lucene.util.QueryBuilder;

/**
 * Finds the measures a question is about. The question is never parsed as Lucene query syntax:
 * its words go through the same analyzers as the index, so "*:*" or "title:*" are just words.
 * Measure and topic documents are scored together; a topic passes its score to the measures it names.
 */
public final class MeasureSearch {

    private static final int CANDIDATES = 20;
    /** Enough for any real question; keeps a 2,000-character message under Lucene's clause limit. */
    private static final int MAX_WORDS = 48;
    /** How much of a topic's score each of the measures it names gets, in order. */
    private static final float[] TOPIC_SHARE = {0.95f, 0.75f, 0.6f, 0.5f};

    private final MeasureIndex index;
    private final QueryBuilder builder;

    public MeasureSearch(Translations translations, Vocabulary vocabulary, SearchProperties properties) {
        this.index = new MeasureIndex(translations, vocabulary, properties);
        this.builder = new QueryBuilder(index.analyzer());
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
            Map<String, SearchHit> best = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                boolean topic = MeasureIndex.TOPIC.equals(doc.get(Fields.KIND));
                String[] measures = doc.get(Fields.MEASURES).split(",");
                for (int i = 0; i < measures.length; i++) {
                    float share = topic ? TOPIC_SHARE[Math.min(i, TOPIC_SHARE.length - 1)] : 1f;
                    SearchHit hit = new SearchHit(measures[i], sd.score * share, topic ? doc.get(Fields.ID) : null);
                    best.merge(measures[i], hit, (a, b) -> a.score() >= b.score()
                            ? (a.topicId() == null && b.topicId() != null ? new SearchHit(a.measureId(), a.score(), b.topicId()) : a)
                            : (b.topicId() == null && a.topicId() != null ? new SearchHit(b.measureId(), b.score(), a.topicId()) : b));
                }
            }
            List<SearchHit> hits = new ArrayList<>(best.values());
            hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private int add(BooleanQuery.Builder q, String field, String text, float boost) {
        Query clause = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
        if (clause == null) {
            return 0;
        }
        q.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
