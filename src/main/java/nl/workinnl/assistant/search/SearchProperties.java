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
        @DefaultValue("0.9") float k1,
        @DefaultValue("0.5") float b,
        @DefaultValue("5.75") float minScore,
        @DefaultValue("0.3") float minCoverage,
        @DefaultValue("9.0") float sureScore) {

    public static SearchProperties defaults() {
        return new SearchProperties(0.9f, 0.5f, 5.75f, 0.3f, 9.0f);
    }

    /** Whether the best hit is good enough to answer with. */
    public boolean confident(SearchHit best) {
        return best.score() >= minScore && (best.coverage() >= minCoverage || best.score() >= sureScore);
    }
}
