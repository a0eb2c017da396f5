package nl.workinnl.assistant.translation;

import jakarta.validation.Validator;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataFingerprint;
import nl.workinnl.assistant.corpus.DataLocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class TranslationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TranslationConfiguration.class);

    @Bean
    Translations translations(ResourcePatternResolver resolver, DataLocations locations, Validator validator, Corpus corpus,
                              DataFingerprint fingerprint) {
        Translations translations = new TranslationLoader(new DataFileReader(resolver, locations.translationsLocation(),
                locations.translationsDisplayRoot(), validator, fingerprint, "translations"), corpus).load();
        if (!translations.issues().isEmpty()) {
            log.warn("{} translation(s) missing or stale; the Dutch text is used for them:\n  {}",
                    translations.issues().size(),
                    String.join("\n  ", translations.issues().stream().map(Object::toString).toList()));
        }
        return translations;
    }
}
