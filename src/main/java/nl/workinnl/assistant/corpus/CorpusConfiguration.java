package nl.workinnl.assistant.corpus;

import jakarta.validation.Validator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

    /** Every reader of the corpus and the translations adds the files it reads to this one. */
    @Bean
    DataFingerprint dataFingerprint() {
        return new DataFingerprint();
    }

    @Bean
    Corpus corpus(ResourcePatternResolver resolver, DataLocations locations, Validator validator, DataFingerprint fingerprint) {
        return new CorpusLoader(new DataFileReader(resolver, locations.corpusLocation(), locations.corpusDisplayRoot(), validator,
                fingerprint, "corpus")).load();
    }

    @Bean
    DataVersionInfoContributor dataVersionInfoContributor(Corpus corpus, DataFingerprint fingerprint) {
        return new DataVersionInfoContributor(corpus, fingerprint);
    }
}
