package nl.workinnl.assistant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The data version changes with the content of the files loaded, and with nothing else. */
class DataFingerprintTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static DataFingerprint fingerprintOf(Path corpusDir) {
        DataFingerprint fingerprint = new DataFingerprint();
        new CorpusLoader(new DataFileReader(new PathMatchingResourcePatternResolver(), "file:" + corpusDir.toAbsolutePath() + "/",
                corpusDir.toString(), VALIDATOR, fingerprint, "corpus")).load();
        return fingerprint;
    }

    @Test
    void theSameFilesInAnotherDirectoryHaveTheSameFingerprint(@TempDir Path copy) {
        DataFingerprint original = fingerprintOf(CorpusFixture.CORPUS);
        assertThat(original.value()).matches("[0-9a-f]{12}");
        assertThat(original.files()).as("catalogue, themes, measures and topics").isGreaterThan(41 + 7);
        assertThat(fingerprintOf(CorpusFixture.copyTo(copy)).value()).isEqualTo(original.value());
    }

    @Test
    void changingOneFileChangesTheFingerprint(@TempDir Path copy) throws Exception {
        String before = fingerprintOf(CorpusFixture.CORPUS).value();
        CorpusFixture.copyTo(copy);
        Path file = copy.resolve("measures/werk-1.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\n# an editor's comment\n", StandardCharsets.UTF_8);
        assertThat(fingerprintOf(copy).value()).isNotEqualTo(before);
    }

    @Test
    void theOrderOfReadingDoesNotMatter() {
        DataFingerprint one = new DataFingerprint();
        one.add("corpus/a.yaml", new byte[] {1});
        one.add("translations/b.yaml", new byte[] {2});
        DataFingerprint other = new DataFingerprint();
        other.add("translations/b.yaml", new byte[] {2});
        other.add("corpus/a.yaml", new byte[] {1});
        assertThat(one.value()).isEqualTo(other.value());
        other.add("corpus/a.yaml", new byte[] {3});
        assertThat(one.value()).isNotEqualTo(other.value());
    }
}
