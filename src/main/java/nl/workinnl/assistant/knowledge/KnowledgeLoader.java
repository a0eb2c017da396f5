package nl.workinnl.assistant.knowledge;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.CorpusLoader;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.DataFingerprint;
import nl.workinnl.assistant.corpus.DataLocations;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.search.NotCoveredSubjects;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.translation.TranslationLoader;
import nl.workinnl.assistant.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads and checks all the data (corpus, translations, {@code understanding.yaml},
 * {@code not-covered.yaml}) and builds a version from it: the same loaders and checks at start-up
 * and on every live reload.
 */
final class KnowledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);

    private final ResourcePatternResolver resolver;
    private final DataLocations locations;
    private final Validator validator;
    private final SearchProperties search;

    KnowledgeLoader(ResourcePatternResolver resolver, DataLocations locations, Validator validator, SearchProperties search) {
        this.resolver = resolver;
        this.locations = locations;
        this.validator = validator;
        this.search = search;
    }

    /** @throws InvalidDataException with every problem found in every file that could be checked */
    KnowledgeVersion load() {
        DataFingerprint fingerprint = new DataFingerprint();
        DataFileReader corpusFiles = new DataFileReader(resolver, locations.corpusLocation(), locations.corpusDisplayRoot(), validator,
                fingerprint, "corpus");
        Corpus corpus = new CorpusLoader(corpusFiles).load();
        // Everything below needs only the corpus, so each part is checked even when another failed:
        // the editor gets all the mistakes from one attempt.
        List<DataProblem> problems = new ArrayList<>();
        Translations translations = collecting(problems, () -> new TranslationLoader(translationFiles(fingerprint), corpus).load());
        Vocabulary vocabulary = collecting(problems, () -> Vocabulary.read(translationFiles(fingerprint), corpus));
        NotCoveredSubjects subjects = collecting(problems, () -> NotCoveredSubjects.read(translationFiles(fingerprint), corpus.measureIds()));
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        if (!translations.issues().isEmpty()) {
            log.warn("{} translation(s) missing or stale; the Dutch text is used for them:\n  {}",
                    translations.issues().size(),
                    String.join("\n  ", translations.issues().stream().map(Object::toString).toList()));
        }
        DataVersion version = new DataVersion(corpus.catalogue().statusDate(), fingerprint.value());
        return new KnowledgeVersion(version, translations, Assistant.over(translations, vocabulary, subjects, search));
    }

    private DataFileReader translationFiles(DataFingerprint fingerprint) {
        return new DataFileReader(resolver, locations.translationsLocation(), locations.translationsDisplayRoot(), validator,
                fingerprint, "translations");
    }

    private static <T> T collecting(List<DataProblem> problems, Supplier<T> part) {
        try {
            return part.get();
        } catch (InvalidDataException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
