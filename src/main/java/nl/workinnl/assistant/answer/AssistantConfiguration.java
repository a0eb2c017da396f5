package nl.workinnl.assistant.answer;

import java.time.Clock;
import nl.workinnl.assistant.dialogue.ContextCodec;
import nl.workinnl.assistant.dialogue.ConversationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assistant itself is built per data version (knowledge.KnowledgeLoader); here what outlives versions. */
@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

    @Bean
    ContextCodec contextCodec(ConversationProperties properties) {
        return new ContextCodec(properties.secret(), properties.ttl(), Clock.systemUTC());
    }

    @Bean
    AnswerMetrics answerMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        return new AnswerMetrics(registry);
    }

    @Bean
    AnsweringPool answeringPool(AnsweringProperties properties) {
        return new AnsweringPool(properties.threads(), properties.queue());
    }
}
