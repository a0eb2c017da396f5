package nl.workinnl.assistant.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ranking and abstention settings, tuned on the question sets (see README, "Answer quality").
 *
 * @param k1          BM25 term-frequency saturation
 * @param b           BM25 length normalisation
 * @param minScore    below this score of the best measure the assistant says it does not know
 * @param minCoverage the best match must contain at least this share of the question's weight...
 * @param sureScore   ...unless it scores at least this much (long questions cover less but score high)
 */
@ConfigurationProperties("assistant.search")
public record SearchProperties(
        @DefaultValue(K1) float k1,
        @DefaultValue(B) float b,
        @DefaultValue(MIN_SCORE) float minScore,
        @DefaultValue(MIN_COVERAGE) float minCoverage,
        @DefaultValue(SURE_SCORE) float sureScore) {

    // Written once, so that the service and the quality tests (which use defaults()) cannot drift apart.
    static final String K1 = "0.9";
    static final String B = "0.5";
    static final String MIN_SCORE = "5.75";
    static final String MIN_COVERAGE = "0.3";
    static final String SURE_SCORE = "9.0";

    public static SearchProperties defaults() {
        return new SearchProperties(Float.parseFloat(K1), Float.parseFloat(B), Float.parseFloat(MIN_SCORE),
                Float.parseFloat(MIN_COVERAGE), Float.parseFloat(SURE_SCORE));
    }

    /** Whether the best hit is good enough to answer with. */
    public boolean confident(SearchHit best) {
        return best.score() >= minScore && (best.coverage() >= minCoverage || best.score() >= sureScore);
    }
}
