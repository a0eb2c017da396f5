package nl.workinnl.assistant.corpus;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import nl.workinnl.assistant.testing.DataCopies;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loads the repository's corpus, or a copy of it that a test may break. */
public final class CorpusFixture {

    public static final Path CORPUS = Path.of("corpus");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private CorpusFixture() {}

    public static Corpus load(Path dir) {
        return new CorpusLoader(new DataFileReader(new PathMatchingResourcePatternResolver(),
                "file:" + dir.toAbsolutePath() + "/", "corpus", VALIDATOR)).load();
    }

    public static Corpus repositoryCorpus() {
        return load(CORPUS);
    }

    public static Path copyTo(Path target) {
        return DataCopies.copy(CORPUS, target);
    }
}
