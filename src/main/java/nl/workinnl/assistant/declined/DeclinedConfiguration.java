package nl.workinnl.assistant.declined;

import java.time.Clock;
import nl.workinnl.assistant.feedback.FeedbackProperties;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.staffarea.StaffAreaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class DeclinedConfiguration {

    @Bean
    DeclinedStore declinedStore(JdbcClient jdbc) {
        return new DeclinedStore(jdbc);
    }

    /** Held as long as a feedback token gives a vote. */
    @Bean
    DeclinedQuestions declinedQuestions(DeclinedStore store, CurrentKnowledge knowledge, FeedbackProperties feedback) {
        return new DeclinedQuestions(store, new PendingAnswers(feedback.tokenTtl(), Clock.systemUTC()), knowledge, Clock.systemUTC());
    }

    @Bean
    DeclinedRetention declinedRetention(DeclinedStore store, StaffAreaProperties staff) {
        return new DeclinedRetention(store, staff.retention(), Clock.systemUTC());
    }
}
