package nl.workinnl.assistant.search;

/**
 * A measure that matches a question, with its score; {@code topicId} names the practical or letter
 * topic through which it was found, if any. {@code coverage} is the share of the question's weight
 * (its rarer words count more) that the matching document contains: low for a question about
 * something else that shares a word or two with a measure.
 */
public record SearchHit(String measureId, float score, String topicId, float coverage) {}
