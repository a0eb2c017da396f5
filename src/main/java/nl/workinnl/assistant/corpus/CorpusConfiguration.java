package nl.workinnl.assistant.corpus;

import jakarta.validation.Validator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

    @Bean
    Corpus corpus(ResourcePatternResolver resolver, DataLocations locations, Validator validator) {
        return new CorpusLoader(new DataFileReader(resolver, locations.corpusLocation(), "corpus", validator)).load();
    }
}
