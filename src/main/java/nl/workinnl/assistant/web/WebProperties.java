package nl.workinnl.assistant.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP protection of the API.
 *
 * @param allowedOrigins  origins (patterns allowed) whose pages may call the API from a browser
 * @param askPerMinute    questions one client may ask a minute; 0 switches the limit off
 * @param feedbackPerMinute helpful / not helpful votes one client may send a minute; 0 switches the limit off
 * @param maxBody         the largest request body the JSON API reads, in bytes
 * @param bodyTimeout     the time a client has to send the whole body of an API request
 */
@ConfigurationProperties("assistant.web")
public record WebProperties(
        @DefaultValue({"http://localhost:*", "http://127.0.0.1:*"}) List<String> allowedOrigins,
        @DefaultValue("120") int askPerMinute,
        @DefaultValue("16384") int maxBody,
        @DefaultValue("10s") Duration bodyTimeout,
        @DefaultValue("30") int feedbackPerMinute) {}
