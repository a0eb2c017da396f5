package nl.workinnl.assistant.answer;

import jakarta.validation.Validation;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.search.MeasureSearch;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.search.NotCoveredSubjects;
import nl.workinnl.assistant.translation.TranslationFixture;
import nl.workinnl.assistant.translation.Translations;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The whole pipeline on the repository's data, without a web server: for quality tests and benchmarks. */
public final class AssistantFixture {

    private static Assistant shared;

    private AssistantFixture() {}

    public static synchronized Assistant assistant() {
        if (shared == null) {
            shared = create(SearchProperties.defaults());
        }
        return shared;
    }

    public static Assistant create(SearchProperties properties) {
        Translations translations = TranslationFixture.repositoryTranslations();
        Vocabulary vocabulary = vocabulary(translations);
        NotCoveredSubjects subjects = notCoveredSubjects(translations);
        return new Assistant(translations, vocabulary, Assistant.detector(translations, vocabulary, subjects),
                new MeasureSearch(translations, vocabulary, subjects, properties), properties);
    }

    /** The search alone over the repository's data and vocabulary, with the default properties; the caller closes it. */
    public static MeasureSearch search() {
        Translations translations = TranslationFixture.repositoryTranslations();
        return new MeasureSearch(translations, vocabulary(translations), notCoveredSubjects(translations), SearchProperties.defaults());
    }

    /** The repository's understanding.yaml, read as the service reads it. */
    public static Vocabulary vocabulary(Translations translations) {
        return Vocabulary.read(translationsReader(), translations.corpus());
    }

    /** The repository's not-covered.yaml, read as the service reads it. */
    public static NotCoveredSubjects notCoveredSubjects(Translations translations) {
        return NotCoveredSubjects.read(translationsReader(), translations.corpus().measureIds());
    }

    private static DataFileReader translationsReader() {
        return new DataFileReader(new PathMatchingResourcePatternResolver(), "file:translations/", "translations",
                Validation.buildDefaultValidatorFactory().getValidator());
    }
}
