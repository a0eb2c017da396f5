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
 * @param notCoveredShare      a subject the measures do not cover wins when it scores at least this share of the best measure...
 * @param notCoveredScoreShare ...and at least this share of {@code minScore}
 * @param notCoveredOwnWords   a subject also wins, from half its share, when at least this share of the question's
 *                             weight is in words that no measure or topic has
 * @param clarifyShare         measures of other themes scoring at least this share of the best make the answer a choice...
 * @param clarifyBelowSure     ...unless the best scores at least this share of {@code sureScore}
 * @param choiceScoreShare     below {@code minScore}, measures scoring at least this share of it are offered as choices
 * @param circumstanceWeight   in a message of several sentences, the weight of the words of those that do not ask
 * @param backgroundWeight     the weight of a background word (a home country, the Netherlands) against a word that tells the topic
 * @param latinBulgarianWeight the weight of the Latin-letter Bulgarian field for a question typed in Latin letters
 */
@ConfigurationProperties("assistant.search")
public record SearchProperties(
        @DefaultValue(K1) float k1,
        @DefaultValue(B) float b,
        @DefaultValue(MIN_SCORE) float minScore,
        @DefaultValue(MIN_COVERAGE) float minCoverage,
        @DefaultValue(SURE_SCORE) float sureScore,
        @DefaultValue(NOT_COVERED_SHARE) float notCoveredShare,
        @DefaultValue(NOT_COVERED_SCORE_SHARE) float notCoveredScoreShare,
        @DefaultValue(NOT_COVERED_OWN_WORDS) float notCoveredOwnWords,
        @DefaultValue(CLARIFY_SHARE) float clarifyShare,
        @DefaultValue(CLARIFY_BELOW_SURE) float clarifyBelowSure,
        @DefaultValue(CHOICE_SCORE_SHARE) float choiceScoreShare,
        @DefaultValue(CIRCUMSTANCE_WEIGHT) float circumstanceWeight,
        @DefaultValue(BACKGROUND_WEIGHT) float backgroundWeight,
        @DefaultValue(LATIN_BULGARIAN_WEIGHT) float latinBulgarianWeight) {

    // Written once, so that the service and the quality tests (which use defaults()) cannot drift apart.
    static final String K1 = "0.9";
    static final String B = "0.5";
    static final String MIN_SCORE = "5.75";
    static final String MIN_COVERAGE = "0.3";
    static final String SURE_SCORE = "10.0";
    static final String NOT_COVERED_SHARE = "0.7";
    static final String NOT_COVERED_SCORE_SHARE = "0.7";
    static final String NOT_COVERED_OWN_WORDS = "0.15";
    static final String CLARIFY_SHARE = "0.92";
    static final String CLARIFY_BELOW_SURE = "1.0";
    static final String CHOICE_SCORE_SHARE = "0.8";
    static final String CIRCUMSTANCE_WEIGHT = "0.75";
    static final String BACKGROUND_WEIGHT = "0.3";
    static final String LATIN_BULGARIAN_WEIGHT = "2.0";

    public static SearchProperties defaults() {
        return new SearchProperties(Float.parseFloat(K1), Float.parseFloat(B), Float.parseFloat(MIN_SCORE),
                Float.parseFloat(MIN_COVERAGE), Float.parseFloat(SURE_SCORE), Float.parseFloat(NOT_COVERED_SHARE),
                Float.parseFloat(NOT_COVERED_SCORE_SHARE), Float.parseFloat(NOT_COVERED_OWN_WORDS), Float.parseFloat(CLARIFY_SHARE), Float.parseFloat(CLARIFY_BELOW_SURE),
                Float.parseFloat(CHOICE_SCORE_SHARE), Float.parseFloat(CIRCUMSTANCE_WEIGHT), Float.parseFloat(BACKGROUND_WEIGHT),
                Float.parseFloat(LATIN_BULGARIAN_WEIGHT));
    }

    /** These settings with other BM25 and abstention figures, for tuning. */
    public SearchProperties with(float k1, float b, float minScore, float minCoverage, float sureScore) {
        return new SearchProperties(k1, b, minScore, minCoverage, sureScore, notCoveredShare, notCoveredScoreShare,
                notCoveredOwnWords, clarifyShare, clarifyBelowSure, choiceScoreShare, circumstanceWeight, backgroundWeight, latinBulgarianWeight);
    }

    public SearchProperties withCircumstanceWeight(float weight) {
        return new SearchProperties(k1, b, minScore, minCoverage, sureScore, notCoveredShare, notCoveredScoreShare,
                notCoveredOwnWords, clarifyShare, clarifyBelowSure, choiceScoreShare, weight, backgroundWeight, latinBulgarianWeight);
    }

    public SearchProperties withNotCovered(float share, float ownWords) {
        return new SearchProperties(k1, b, minScore, minCoverage, sureScore, share, notCoveredScoreShare,
                ownWords, clarifyShare, clarifyBelowSure, choiceScoreShare, circumstanceWeight, backgroundWeight, latinBulgarianWeight);
    }

    public SearchProperties withClarify(float share, float belowSure) {
        return new SearchProperties(k1, b, minScore, minCoverage, sureScore, notCoveredShare, notCoveredScoreShare,
                notCoveredOwnWords, share, belowSure, choiceScoreShare, circumstanceWeight, backgroundWeight, latinBulgarianWeight);
    }

    /** Whether the best hit is good enough to answer with. */
    public boolean confident(SearchHit best) {
        return best.score() >= minScore && (best.coverage() >= minCoverage || best.score() >= sureScore);
    }
}
