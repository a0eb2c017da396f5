package nl.workinnl.assistant.feedback;

import java.time.Clock;
import nl.workinnl.assistant.dialogue.ConversationProperties;
import nl.workinnl.assistant.security.SharedSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    FeedbackCounts feedbackCounts(JdbcClient jdbc, PlatformTransactionManager transactions,
                                  io.micrometer.core.instrument.MeterRegistry registry) {
        return new FeedbackCounts(jdbc, transactions, registry);
    }

    /** Signed with the secret the replicas already share for conversation contexts, under a key of its own. */
    @Bean
    FeedbackTokens feedbackTokens(ConversationProperties conversation, FeedbackProperties properties) {
        return new FeedbackTokens(SharedSecret.material(conversation.secret()), properties.tokenTtl(), Clock.systemUTC());
    }
}
