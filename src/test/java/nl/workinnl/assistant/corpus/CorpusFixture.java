package nl.workinnl.assistant.corpus;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import nl.workinnl.assistant.testing.DataCopies;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loads the repository's corpus, or a copy of it or of the small corpus made for tests that a test may break. */
public final class CorpusFixture {

    public static final Path CORPUS = Path.of("corpus");
    /** Nine measures in three themes, not real data: what a test asserts of it stays true whatever the next edition says. */
    public static final Path SMALL_CORPUS = Path.of("src/test/resources/edition/corpus");
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

    public static Path copySmallCorpusTo(Path target) {
        return DataCopies.copy(SMALL_CORPUS, target);
    }
}
