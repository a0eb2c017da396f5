package nl.workinnl.assistant.knowledge;

import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.workinnl.assistant.corpus.DataLocations;
import nl.workinnl.assistant.search.SearchProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    KnowledgeLoader knowledgeLoader(ResourcePatternResolver resolver, DataLocations locations, Validator validator, SearchProperties search) {
        return new KnowledgeLoader(resolver, locations, validator, search);
    }

    /** A mistake in the data stops the start-up here, with every problem listed (InvalidDataFailureAnalyzer). */
    @Bean
    CurrentKnowledge currentKnowledge(KnowledgeLoader loader) {
        return new CurrentKnowledge(loader.load());
    }

    @Bean
    KnowledgeReloader knowledgeReloader(KnowledgeLoader loader, CurrentKnowledge current, ApplicationEventPublisher events) {
        return new KnowledgeReloader(loader, current, events);
    }

    /** Only data read from directories can change; the copy in the jar cannot. */
    @Bean
    DataDirectoryWatcher dataDirectoryWatcher(DataLocations locations, ReloadProperties properties, KnowledgeReloader reloader) {
        List<Path> roots = Stream.of(locations.corpusDir(), locations.translationsDir())
                .filter(StringUtils::hasText).map(Path::of).toList();
        return new DataDirectoryWatcher(roots, properties.reloadQuietPeriod(), reloader);
    }

    @Bean
    DataVersionInfoContributor dataVersionInfoContributor(CurrentKnowledge knowledge) {
        return new DataVersionInfoContributor(knowledge);
    }
}
