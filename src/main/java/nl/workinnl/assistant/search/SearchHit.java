package nl.workinnl.assistant.search;

/**
 * A measure that matches a question, with its score; {@code topicId} names the practical or letter
 * topic through which it was found, if any. {@code coverage} is the share of the question's weight
 * (its rarer words count more) that the matching document contains: low for a question about
 * something else that shares a word or two with a measure. {@code throughTopic} tells whether the
 * score came from the topic's document rather than the measure's own.
 */
public record SearchHit(String measureId, float score, String topicId, float coverage, boolean throughTopic) {

    /** {@code throughTopic}: the topic's own document scored best, so its text answers the question more directly. */
    public SearchHit(String measureId, float score, String topicId, float coverage) {
        this(measureId, score, topicId, coverage, topicId != null);
    }
}
