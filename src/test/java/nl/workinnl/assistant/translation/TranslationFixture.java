package nl.workinnl.assistant.translation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.CorpusFixture;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.testing.DataCopies;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loads the repository's translations, or a copy of them that a test may change. */
public final class TranslationFixture {

    public static final Path TRANSLATIONS = Path.of("translations");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private TranslationFixture() {}

    public static Translations load(Path dir, Corpus corpus) {
        return new TranslationLoader(new DataFileReader(new PathMatchingResourcePatternResolver(),
                "file:" + dir.toAbsolutePath() + "/", "translations", VALIDATOR), corpus).load();
    }

    public static Translations repositoryTranslations() {
        return load(TRANSLATIONS, CorpusFixture.repositoryCorpus());
    }

    public static Path copyTo(Path target) {
        return DataCopies.copy(TRANSLATIONS, target);
    }
}
