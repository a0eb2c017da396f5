package nl.workinnl.assistant.answer;

import jakarta.validation.Validator;
import java.time.Clock;
import nl.workinnl.assistant.dialogue.ContextCodec;
import nl.workinnl.assistant.dialogue.ConversationProperties;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataFingerprint;
import nl.workinnl.assistant.corpus.DataLocations;
import nl.workinnl.assistant.language.LanguageDetector;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.search.MeasureSearch;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.search.NotCoveredSubjects;
import nl.workinnl.assistant.translation.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

    @Bean
    Vocabulary vocabulary(ResourcePatternResolver resolver, DataLocations locations, Validator validator, Translations translations,
                          DataFingerprint fingerprint) {
        DataFileReader reader = new DataFileReader(resolver, locations.translationsLocation(), locations.translationsDisplayRoot(), validator,
                fingerprint, "translations");
        return Vocabulary.read(reader, translations.corpus());
    }

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

    @Bean
    NotCoveredSubjects notCoveredSubjects(ResourcePatternResolver resolver, DataLocations locations, Validator validator,
                                          Translations translations, DataFingerprint fingerprint) {
        DataFileReader reader = new DataFileReader(resolver, locations.translationsLocation(), locations.translationsDisplayRoot(), validator,
                fingerprint, "translations");
        return NotCoveredSubjects.read(reader, translations.corpus().measureIds());
    }

    @Bean
    Assistant assistant(Translations translations, Vocabulary vocabulary, NotCoveredSubjects subjects, SearchProperties properties) {
        LanguageDetector detector = new LanguageDetector(translations.textsByLanguage());
        return new Assistant(translations, vocabulary, detector, new MeasureSearch(translations, vocabulary, subjects, properties), properties);
    }
}
