package nl.workinnl.assistant.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ranking settings, tuned on the development question set (see README, "Answer quality").
 *
 * @param k1             BM25 term-frequency saturation
 * @param b              BM25 length normalisation; low, because long official texts are not less relevant
 * @param minScore       below this score of the best measure the assistant says it does not know
 * @param minMargin      the best measure must lead the second by this fraction of its score, unless it scores high
 */
@ConfigurationProperties("assistant.search")
public record SearchProperties(
        @DefaultValue("1.2") float k1,
        @DefaultValue("0.5") float b,
        @DefaultValue("5.5") float minScore,
        @DefaultValue("0.0") float minMargin) {

    public static SearchProperties defaults() {
        return new SearchProperties(1.2f, 0.5f, 5.5f, 0.0f);
    }
}
