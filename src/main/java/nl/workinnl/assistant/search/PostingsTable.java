package nl.workinnl.assistant.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Every term's postings with what its BM25 scores need besides the query's boost, read once from
 * the index (which is never written after it is built). A query of {@link FieldGroups} is then
 * scored with a few array walks instead of Lucene's rewrite, weights, scorer suppliers and
 * postings enums, which cost most of a search's time and allocation on an index of a few hundred
 * documents.
 *
 * <p>The scores are Lucene's to the bit. Each term's score is BM25Scorer's float arithmetic, with
 * the idf from the similarity itself. Lucene adds the scores of a group's terms in a double and
 * rounds the sum to a float, and the groups' and top-level terms' scores likewise; a group with
 * boost 1 is flattened into the top level by BooleanQuery's rewrite. Sums of positive numbers
 * that are exact in a double are the same in any order, and whether they are is checked
 * ({@link Exactness}): where not, or where the rewrite would merge a repeated term, {@link #score}
 * gives null and the caller lets Lucene score the query.
 */
final class PostingsTable {

    /** A term's documents (Lucene doc ids), for each the score's denominator {@code 1 + freq * normInverse}, and the term's idf. */
    record TermPostings(int[] docs, float[] denominators, float idf) {}

    private final Map<String, Map<String, TermPostings>> postings = new HashMap<>();
    private final int maxDoc;

    PostingsTable(IndexSearcher searcher, Map<String, Map<String, TermStates>> termStates) throws IOException {
        BM25Similarity similarity = (BM25Similarity) searcher.getSimilarity();
        this.maxDoc = searcher.getIndexReader().maxDoc();
        Map<String, Map<String, Collected>> collected = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (var info : leaf.reader().getFieldInfos()) {
                Terms terms = leaf.reader().terms(info.name);
                if (terms == null) {
                    continue;
                }
                float[] normInverse = normInverses(similarity, searcher.collectionStatistics(info.name));
                TermsEnum te = terms.iterator();
                PostingsEnum docs = null;
                while (te.next() != null) {
                    Collected term = collected.computeIfAbsent(info.name, k -> new HashMap<>())
                            .computeIfAbsent(te.term().utf8ToString(), k -> new Collected());
                    // Read afresh for each term: a norms iterator only moves forward.
                    NumericDocValues norms = leaf.reader().getNormValues(info.name);
                    docs = te.postings(docs, PostingsEnum.FREQS);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        // As TermScorer: a document without a norm counts as norm 1.
                        long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                        float freq = docs.freq();
                        term.add(leaf.docBase + doc, 1f + freq * normInverse[((byte) norm) & 0xFF]);
                    }
                }
            }
        }
        for (var field : collected.entrySet()) {
            CollectionStatistics statistics = searcher.collectionStatistics(field.getKey());
            Map<String, TermPostings> byTerm = new HashMap<>();
            for (var term : field.getValue().entrySet()) {
                // The idf as TermWeight asks for it (the searcher gives the corpus's statistics).
                TermStates states = termStates.get(field.getKey()).get(term.getKey());
                TermStatistics termStatistics = searcher.termStatistics(new Term(field.getKey(), term.getKey()),
                        states.docFreq(), states.totalTermFreq());
                float idf = similarity.idfExplain(statistics, termStatistics).getValue().floatValue();
                byTerm.put(term.getKey(), term.getValue().postings(idf));
            }
            postings.put(field.getKey(), byTerm);
        }
    }

    /** A term's postings as they are read, leaf after leaf. */
    private static final class Collected {
        private int[] docs = new int[4];
        private float[] denominators = new float[4];
        private int size;

        void add(int doc, float denominator) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                denominators = Arrays.copyOf(denominators, size * 2);
            }
            docs[size] = doc;
            denominators[size++] = denominator;
        }

        TermPostings postings(float idf) {
            return new TermPostings(Arrays.copyOf(docs, size), Arrays.copyOf(denominators, size), idf);
        }
    }

    /**
     * Per encoded norm, BM25Similarity's {@code 1 / (k1 * (1 - b + b * dl / avgdl))} for the field,
     * computed as it computes its cache, float for float.
     */
    private static float[] normInverses(BM25Similarity similarity, CollectionStatistics statistics) {
        float k1 = similarity.getK1();
        float b = similarity.getB();
        float avgdl = (float) (statistics.sumTotalTermFreq() / (double) statistics.docCount());
        float[] cache = new float[256];
        for (int i = 0; i < cache.length; i++) {
            cache[i] = 1f / (k1 * ((1 - b) + b * SmallFloat.byte4ToInt((byte) i) / avgdl));
        }
        return cache;
    }

    /** The term's postings in the field, or null when no document has it. */
    TermPostings get(String field, String term) {
        Map<String, TermPostings> byTerm = postings.get(field);
        return byTerm == null ? null : byTerm.get(term);
    }

    /**
     * Every document the query matches with its score, best first and ties by document, as Lucene
     * gives them; null when the sums might round differently from Lucene's, or when a term is in
     * the query twice.
     */
    ScoreDoc[] score(FieldGroups query) {
        double[] total = new double[maxDoc];
        boolean[] matched = new boolean[maxDoc];
        double[] groupSum = null;
        boolean[] inGroup = null;
        Exactness exactness = new Exactness();
        // One postings object per field and term: a repeated one is a repeated term.
        java.util.Set<TermPostings> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (FieldGroups.Group group : query.groups()) {
            // Lucene rounds a group's sum to a float before adding it, unless the rewrite flattened
            // the group (boost 1) or made it its one term.
            boolean flat = group.boost() == 1f || group.members().size() == 1;
            if (!flat && groupSum == null) {
                groupSum = new double[maxDoc];
                inGroup = new boolean[maxDoc];
            }
            for (FieldGroups.Member m : group.members()) {
                if (!seen.add(m.postings())) {
                    return null; // the rewrite would merge the two clauses
                }
                float weight = group.boost() * m.boost() * m.postings().idf();
                int[] docs = m.postings().docs();
                float[] denominators = m.postings().denominators();
                for (int i = 0; i < docs.length; i++) {
                    float score = weight - weight / denominators[i];
                    exactness.add(score);
                    if (flat) {
                        total[docs[i]] += score;
                        matched[docs[i]] = true;
                    } else {
                        groupSum[docs[i]] += score;
                        inGroup[docs[i]] = true;
                    }
                }
            }
            if (!flat) {
                for (int doc = 0; doc < maxDoc; doc++) {
                    if (inGroup[doc]) {
                        exactness.sum(groupSum[doc]);
                        float score = (float) groupSum[doc];
                        exactness.add(score);
                        total[doc] += score;
                        matched[doc] = true;
                        groupSum[doc] = 0;
                        inGroup[doc] = false;
                    }
                }
            }
        }
        List<ScoreDoc> hits = new ArrayList<>();
        for (int doc = 0; doc < maxDoc; doc++) {
            if (matched[doc]) {
                exactness.sum(total[doc]);
                hits.add(new ScoreDoc(doc, (float) total[doc]));
            }
        }
        if (!exactness.exact()) {
            return null;
        }
        hits.sort(MeasureIndex.BEST_FIRST);
        return hits.toArray(ScoreDoc[]::new);
    }

    /**
     * Whether every sum was exact in a double, whatever the order of its terms: all terms are
     * positive floats, so each a multiple of the smallest unit in the last place among them, and so
     * is every partial sum; below 2^53 such units every partial sum is a double exactly.
     */
    private static final class Exactness {
        private float smallestUlp = Float.MAX_VALUE;
        private double largestSum;

        void add(float term) {
            smallestUlp = term > 0 ? Math.min(smallestUlp, Math.ulp(term)) : 0f;
        }

        void sum(double sum) {
            largestSum = Math.max(largestSum, sum);
        }

        boolean exact() {
            return largestSum < 0x1p53 * (double) smallestUlp;
        }
    }
}
