package nl.workinnl.assistant.search;

/**
 * A measure that matches a question, with its score; {@code topicId} names the practical or letter
 * topic through which it was found, if any.
 */
public record SearchHit(String measureId, float score, String topicId) {}
