package nl.workinnl.assistant.dialogue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret the key the conversation context is sealed with; replicas behind one load balancer
 *               must share it. Empty: a random key, so contexts do not survive a restart.
 * @param ttl    a context older than this is ignored: the next message starts a new conversation
 */
@ConfigurationProperties("assistant.conversation")
public record ConversationProperties(@DefaultValue("") String secret, @DefaultValue("30m") Duration ttl) {}
