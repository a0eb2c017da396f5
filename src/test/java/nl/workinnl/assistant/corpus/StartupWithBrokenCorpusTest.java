package nl.workinnl.assistant.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.workinnl.assistant.AssistantApplication;
import nl.workinnl.assistant.testing.DataCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** An editor's mistake in a corpus directory stops the service, and the log says where. */
@ExtendWith(OutputCaptureExtension.class)
class StartupWithBrokenCorpusTest {

    @Test
    void theServiceRefusesToStartAndNamesTheFileAndField(@TempDir Path dir, CapturedOutput output) throws Exception {
        CorpusFixture.copyTo(dir);
        Path file = dir.resolve("measures/huisvesting-7.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^status: .*$", "status: VERTRAAGDD"), StandardCharsets.UTF_8);

        Throwable failure = catchThrowable(() -> SpringApplication.run(AssistantApplication.class,
                "--server.port=0", "--assistant.corpus-dir=" + dir.toAbsolutePath()));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(InvalidDataException.class);
        assertThat(output).contains(dir.toAbsolutePath() + "/measures/huisvesting-7.yaml: field 'status': 'VERTRAAGDD' is not one of");
    }

    @Test
    void aMistakeInATranslationsDirectoryNamesThatDirectory(@TempDir Path dir, CapturedOutput output) throws Exception {
        DataCopies.copy(Path.of("translations"), dir);
        Path file = dir.resolve("pl/interface.yaml");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = before.replaceFirst("\\{count, plural,", "{liczba, plural,");
        assertThat(after).isNotEqualTo(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);

        Throwable failure = catchThrowable(() -> SpringApplication.run(AssistantApplication.class,
                "--server.port=0", "--assistant.translations-dir=" + dir.toAbsolutePath()));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(InvalidDataException.class);
        assertThat(output).contains(dir.toAbsolutePath() + "/pl/interface.yaml: field 'messages.");
        assertThat(output).doesNotContain("translations/pl/interface.yaml");
    }

    @Test
    void theFailureAnalysisSpeaksToEditors() {
        var problem = new DataProblem("corpus/measures/werk-1.yaml", "status", "'X' is not one of [...]");
        FailureAnalysis analysis = new InvalidDataFailureAnalyzer()
                .analyze(new IllegalStateException(new InvalidDataException(java.util.List.of(problem))));
        assertThat(analysis.getDescription()).contains("corpus/measures/werk-1.yaml: field 'status'");
        assertThat(analysis.getAction()).contains("corpus/README.md");
    }
}
