package nl.workinnl.assistant.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The threads that run the answering pipeline for every channel.
 *
 * @param threads platform threads answering questions: a few, as answering is CPU work
 * @param queue   questions that may wait for a thread; beyond that an HTTP question gets 503 with Retry-After
 */
@ConfigurationProperties("assistant.answering")
public record AnsweringProperties(@DefaultValue("8") int threads, @DefaultValue("100") int queue) {}
