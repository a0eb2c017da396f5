package nl.workinnl.assistant.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * Searches all documents, measures, topics and not-covered subjects, but scores them with the
 * statistics of the measures and topics alone. Subjects are the assistant's knowledge of what it
 * does not cover, not part of the corpus: adding or editing one must not change how the measures
 * rank against each other. A word that only subjects have counts as the rarest word of the corpus.
 */
final class CorpusStatisticsSearcher extends IndexSearcher {

    private final IndexReader corpus;
    private final java.util.Map<String, java.util.Map<String, long[]>> termStatistics;
    /** Per field, read once: the index is never written after it is opened, and every term query asks again. */
    private final java.util.Map<String, CollectionStatistics> collectionStatistics = new java.util.HashMap<>();

    /**
     * @param termStatistics per field and term: the corpus's document frequency and total term
     *                       frequency, read once, so that a search does not seek every term again
     */
    CorpusStatisticsSearcher(IndexReader all, IndexReader corpus, java.util.Map<String, java.util.Map<String, long[]>> termStatistics) {
        super(all);
        this.corpus = corpus;
        this.termStatistics = termStatistics;
        try {
            for (var field : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(all)) {
                collectionStatistics.put(field.name, statistics(field.name));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) {
        long[] stats = termStatistics.getOrDefault(term.field(), java.util.Map.of()).get(term.text());
        return stats != null ? new TermStatistics(term.bytes(), stats[0], Math.max(stats[1], stats[0]))
                : new TermStatistics(term.bytes(), 1, 1);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        return collectionStatistics.containsKey(field) ? collectionStatistics.get(field) : statistics(field);
    }

    private CollectionStatistics statistics(String field) throws IOException {
        int docCount = corpus.getDocCount(field);
        if (docCount == 0) {
            return super.collectionStatistics(field);
        }
        return new CollectionStatistics(field, corpus.maxDoc(), docCount, corpus.getSumTotalTermFreq(field),
                corpus.getSumDocFreq(field));
    }
}
