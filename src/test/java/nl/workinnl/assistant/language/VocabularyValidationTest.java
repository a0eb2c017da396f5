package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.workinnl.assistant.corpus.DataFileReader;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.translation.TranslationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A mistake in understanding.yaml stops the start-up, naming the file and the field. */
class VocabularyValidationTest {

    @TempDir
    Path dir;

    private Vocabulary read(String understanding) throws IOException {
        Files.writeString(dir.resolve("understanding.yaml"), understanding, StandardCharsets.UTF_8);
        DataFileReader reader = new DataFileReader(new PathMatchingResourcePatternResolver(), dir.toUri().toString(), "translations",
                Validation.buildDefaultValidatorFactory().getValidator());
        return Vocabulary.read(reader, TranslationFixture.repositoryTranslations().corpus());
    }

    private static String repository() throws IOException {
        return Files.readString(Path.of("translations/understanding.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void theRepositorysWordsAreValid() throws IOException {
        assertThat(read(repository())).isNotNull();
    }

    @Test
    void aPairOfExcludingWordsWithoutTheDotsIsNamed() throws IOException {
        String broken = repository().replace("  nl: [op ... na, buiten ... om]", "  nl: [op na, buiten ... om]");
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).contains("understanding.yaml");
                    assertThat(p.field()).isEqualTo("excludeAround.nl");
                }));
    }

    /** Every group that is read per language names a language code it does not know. */
    @ParameterizedTest
    @ValueSource(strings = {"conditionals", "doubtCues", "newSubjectCues", "lastWords", "middleWords", "otherCounts", "startCues", "eachWords", "kindWords", "anythingCues", "personalWords", "returnCues",
            "descriptionCues", "restCues"})
    void aGroupWithAnUnknownLanguageIsNamed(String group) throws IOException {
        String broken = repository().replace("\n" + group + ":\n  nl:", "\n" + group + ":\n  nx: [x]\n  nl:");
        assertThat(broken).isNotEqualTo(repository());
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo(group + ".nx")));
    }

    /** Groups read word by word cannot hold a phrase: it would never match. */
    @ParameterizedTest
    @ValueSource(strings = {"anythingCues", "personalWords"})
    void aPhraseInAGroupOfSingleWordsIsNamed(String group) throws IOException {
        String broken = repository().replace("\n" + group + ":\n  nl: [", "\n" + group + ":\n  nl: [heel iets, ");
        assertThat(broken).isNotEqualTo(repository());
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(group + ".nl");
                    assertThat(p.message()).contains("heel iets");
                }));
    }

    /** A ranking's words with an unknown language, or a ranking left out, are named with their key. */
    @Test
    void aThemeRankingMistakeIsNamed() throws IOException {
        String unknownLanguage = repository().replace("themeRanking:\n  MOST:\n    nl:", "themeRanking:\n  MOST:\n    nx: [x]\n    nl:");
        assertThat(unknownLanguage).isNotEqualTo(repository());
        assertThatThrownBy(() -> read(unknownLanguage)).isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("themeRanking.MOST.nx")));
        String withoutThan = repository().replace("\n  THAN:\n", "\n  THEN:\n");
        assertThat(withoutThan).isNotEqualTo(repository());
        assertThatThrownBy(() -> read(withoutThan)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("understanding.yaml").hasMessageContaining("themeRanking");
    }
}
