package nl.workinnl.assistant.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param tokenTtl how long after an answer its feedback token gives a vote */
@ConfigurationProperties("assistant.feedback")
public record FeedbackProperties(@DefaultValue("24h") Duration tokenTtl) {}
