package nl.workinnl.assistant.declined;

import java.time.Clock;
import nl.workinnl.assistant.dialogue.ConversationProperties;
import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.security.SharedSecret;
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

    /** Rated questions are sealed with the secret the replicas already share for conversation contexts, under a key of their own. */
    @Bean
    DeclinedQuestions declinedQuestions(DeclinedStore store, CurrentKnowledge knowledge, ConversationProperties conversation) {
        return new DeclinedQuestions(store, new SealedQuestion(SharedSecret.material(conversation.secret())), knowledge, Clock.systemUTC());
    }

    @Bean
    DeclinedRetention declinedRetention(DeclinedStore store, StaffAreaProperties staff) {
        return new DeclinedRetention(store, staff.retention(), Clock.systemUTC());
    }
}
