package nl.workinnl.assistant.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found: the measures, best first, and the best subject the measures do not cover, if
 * one matched at all.
 */
public record SearchResult(List<SearchHit> hits, Optional<NotCoveredHit> notCovered) {

    public static final SearchResult NOTHING = new SearchResult(List.of(), Optional.empty());

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public Optional<SearchHit> best() {
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.getFirst());
    }

    /**
     * A subject the measures do not cover, with its score, its coverage of the question, the share of
     * the question's weight in words that only such subjects have ("kinderbijslag", "tandarts"), and
     * the measures that touch it.
     */
    public record NotCoveredHit(String subject, float score, float coverage, float beyondCorpus, List<String> touches) {}
}
