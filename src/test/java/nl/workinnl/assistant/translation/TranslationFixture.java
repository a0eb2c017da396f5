package nl.workinnl.assistant.translation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.CorpusFixture;
import nl.workinnl.assistant.corpus.DataFileReader;
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
        try (Stream<Path> files = Files.walk(TRANSLATIONS)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(TRANSLATIONS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
