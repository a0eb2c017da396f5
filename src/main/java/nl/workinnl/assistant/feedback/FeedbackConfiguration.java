package nl.workinnl.assistant.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    FeedbackCounts feedbackCounts(JdbcClient jdbc) {
        return new FeedbackCounts(jdbc);
    }
}
