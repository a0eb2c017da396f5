package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Mistakes in not-covered.yaml stop the start-up, all of them at once, each naming the file and the key. */
class NotCoveredSubjectsTest {

    @Test
    void anUnknownMeasureOrLanguageCodeIsNamedWithItsKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(NotCoveredSubjects.FILE), """
                subjects:
                  benefits:
                    touches: [werk-99]
                    words:
                      en: [allowance]
                      xx: [whatever]
                everydayWords:
                  en: [allowed]
                  english: [allows]
                """);
        DataFileReader reader = new DataFileReader(new PathMatchingResourcePatternResolver(), dir.toUri().toString(), "fixture",
                Validation.buildDefaultValidatorFactory().getValidator());

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> NotCoveredSubjects.read(reader, Set.of("werk-1")));

        assertThat(e.getMessage()).contains(NotCoveredSubjects.FILE)
                .contains("subjects.benefits.touches[0]").contains("werk-99")
                .contains("subjects.benefits.words.xx")
                .contains("everydayWords.english");
    }

    @Test
    void everydayWordsAreOptional(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(NotCoveredSubjects.FILE), """
                subjects:
                  benefits:
                    words:
                      en: [allowance]
                """);
        DataFileReader reader = new DataFileReader(new PathMatchingResourcePatternResolver(), dir.toUri().toString(), "fixture",
                Validation.buildDefaultValidatorFactory().getValidator());

        NotCoveredSubjects subjects = NotCoveredSubjects.read(reader, Set.of());

        assertThat(subjects.everydayWords(nl.workinnl.assistant.language.Language.EN)).isEmpty();
    }
}
