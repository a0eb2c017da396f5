package nl.workinnl.assistant.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of editing mistake stops the load with a message naming the file, the field and the
 * problem. On a copy of the small corpus made for tests, so that the figures in the messages are the
 * fixture's and a new edition of the real data cannot change them.
 */
class CorpusValidationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyCorpus() {
        CorpusFixture.copySmallCorpusTo(dir);
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = dir.resolve(file);
        String before = Files.readString(path, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the test's edit must change " + file).isNotEqualTo(before);
        Files.writeString(path, after, StandardCharsets.UTF_8);
    }

    private DataProblem onlyProblem() {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> CorpusFixture.load(dir));
        assertThat(e).as("loading must fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().getFirst();
    }

    private InvalidDataException failure() {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> CorpusFixture.load(dir));
        assertThat(e).as("loading must fail").isNotNull();
        return e;
    }

    @Test
    void theUnchangedCopyLoads() {
        assertThat(CorpusFixture.load(dir).measures()).hasSize(9);
    }

    @Test
    void aMissingRequiredField() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^title: .*\\n", ""));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
        assertThat(p.field()).isEqualTo("title");
        assertThat(p.message()).contains("must not be blank");
    }

    @Test
    void anUnknownStatusCode() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^status: .*$", "status: KLAAR"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
        assertThat(p.field()).isEqualTo("status");
        assertThat(p.message()).contains("'KLAAR' is not one of").contains("AFGEROND");
    }

    @Test
    void anUnknownTheme() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^theme: .*$", "theme: wonen"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
            assertThat(p.field()).isEqualTo("theme");
            assertThat(p.message()).contains("unknown theme 'wonen'");
        });
    }

    @Test
    void anIdThatDoesNotMatchItsFileName() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^id: .*$", "id: werk-2"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.message()).contains("must equal the file name 'werk-3'");
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'werk-2' is used by another measure too"));
    }

    @Test
    void aRelatedMeasureThatDoesNotExist() throws IOException {
        edit("measures/werk-1.yaml", s -> s.replaceFirst("(?m)^related: \\[", "related: [werk-99, "));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-1.yaml");
        assertThat(p.field()).isEqualTo("related");
        assertThat(p.message()).contains("no measure with id 'werk-99'");
    }

    @Test
    void aTopicLinkedToAMeasureThatDoesNotExist() throws IOException {
        edit("topics/hulp.yaml", s -> s.replaceFirst("zorg-2", "zorg-22"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/topics/hulp.yaml");
        assertThat(p.field()).isEqualTo("measures");
        assertThat(p.message()).contains("'zorg-22'");
    }

    @Test
    void aStatusChangeThatNoLongerAddsUpToTheDashboard() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^status: .*$", "status: AFGEROND"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/catalogue.yaml");
            assertThat(p.field()).isEqualTo("statuses");
            assertThat(p.message()).contains("says 2 measures are AFGEROND, but the measure files have 3");
        });
    }

    @Test
    void aMissingMeasureFile() throws IOException {
        Files.delete(dir.resolve("measures/zorg-2.yaml"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/catalogue.yaml");
            assertThat(p.field()).isEqualTo("total");
            assertThat(p.message()).contains("9 measures, but there are 8");
        });
    }

    @Test
    void aStatusDateInTheWrongForm() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^statusDate: .*$", "statusDate: \"november 2025\""));
        DataProblem p = onlyProblem();
        assertThat(p.field()).isEqualTo("statusDate");
        assertThat(p.message()).contains("year and month").contains("november 2025");
    }

    @Test
    void aMisspelledFieldName() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^forYou:", "foryou:"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
            assertThat(p.field()).isEqualTo("foryou");
            assertThat(p.message()).contains("unknown field").contains("forYou");
        });
    }

    @Test
    void aTopicWithoutShortAnswer() throws IOException {
        edit("topics/hulp.yaml", s -> s.replaceFirst("(?m)^shortAnswer: .*\\n", ""));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/topics/hulp.yaml");
        assertThat(p.field()).isEqualTo("shortAnswer");
        assertThat(p.message()).contains("must not be blank");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        edit("themes/zorg.yaml", s -> s.replaceFirst("(?m)^name: (.*)$", "name: [$1"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/themes/zorg.yaml");
        assertThat(p.message()).containsPattern("line \\d+");
    }

    @Test
    void anEmptyKeywordInAList() throws IOException {
        edit("topics/hulp.yaml", s -> s.replaceFirst("(?m)^keywords: \\[", "keywords: [\"  \", "));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/topics/hulp.yaml");
        assertThat(p.field()).startsWith("keywords[");
    }

    @Test
    void aMissingThemeFile() throws IOException {
        Files.delete(dir.resolve("themes/werk.yaml"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/catalogue.yaml");
        assertThat(p.message()).contains("theme 'werk' has no file themes/werk.yaml");
    }

    @Test
    void aMissingCatalogue() throws IOException {
        Files.delete(dir.resolve("catalogue.yaml"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/catalogue.yaml");
            assertThat(p.message()).isEqualTo("file is missing");
        });
    }

    @Test
    void aMissingSourceDocument() throws IOException {
        Files.delete(dir.resolve("sources/overview-2025-11.txt"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/catalogue.yaml");
        assertThat(p.message()).contains("source 'overview'").contains("is missing");
    }

    @Test
    void aBrokenFileDoesNotHideTheMistakesBetweenFiles() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^status: .*$", "status: VERTRAAGDD"));
        Files.copy(dir.resolve("measures/werk-1.yaml"), dir.resolve("measures/werk-9.yaml"));
        edit("topics/hulp.yaml", s -> s.replaceFirst("zorg-2", "zorg-22"));
        InvalidDataException e = failure();
        assertThat(e.problems()).extracting(DataProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("corpus/measures/werk-3.yaml: field 'status': 'VERTRAAGDD'"))
                .anySatisfy(p -> assertThat(p).startsWith("corpus/measures/werk-9.yaml: field 'id'").contains("used by another measure"))
                .anySatisfy(p -> assertThat(p).startsWith("corpus/topics/hulp.yaml: field 'measures'").contains("zorg-22"))
                // The broken file's measure exists (werk-1 names it as related); a link to it is no mistake.
                .noneSatisfy(p -> assertThat(p).contains("no measure with id 'werk-3'"));
    }

    @Test
    void severalMistakesAreReportedTogether() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^title: .*\\n", ""));
        edit("measures/zorg-2.yaml", s -> s.replaceFirst("(?m)^summary: ", "samenvatting: "));
        InvalidDataException e = failure();
        assertThat(e.problems()).extracting(DataProblem::file)
                .contains("corpus/measures/werk-3.yaml", "corpus/measures/zorg-2.yaml");
        assertThat(e.getMessage()).contains("corpus/measures/werk-3.yaml: field 'title'");
    }
    @Test
    void aMissingHistory() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^history:\\n(  - .*\\n)+", ""));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
        assertThat(p.field()).isEqualTo("history");
        assertThat(p.message()).contains("must not be empty");
    }

    @Test
    void aHistoryWhoseLastEntryIsNotTheCurrentStatus() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^(  - \\{ edition: \"2025-11\", status: )\\w+", "$1AFGEROND"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
        assertThat(p.field()).isEqualTo("history[0]");
        assertThat(p.message()).contains("(2025-11, AFGEROND)").contains("must equal statusDate and status (2025-11, VERTRAAGD)");
    }

    @Test
    void aHistoryOutOfOrder() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^history:\\n",
                "history:\n  - { edition: \"2026-11\", status: IN_UITVOERING }\n"));
        InvalidDataException e = failure();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
            assertThat(p.field()).isEqualTo("history[1].edition");
            assertThat(p.message()).contains("'2025-11' must come after '2026-11'");
        });
    }

    @Test
    void anUnknownStatusInTheHistory() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^history:\\n",
                "history:\n  - { edition: \"2024-11\", status: KLAAR }\n"));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
        assertThat(p.field()).isEqualTo("history[0].status");
        assertThat(p.message()).contains("'KLAAR' is not one of");
    }

    @Test
    void anEditorFieldStillHoldingTheImportsPlaceholder() throws IOException {
        edit("measures/werk-3.yaml", s -> s.replaceFirst("(?m)^summary: >-\\n", "summary: \"TODO: write the summary\"\nunused: >-\n")
                .replaceFirst("(?m)^unused: >-\\n(  .*\\n)+", ""));
        DataProblem p = onlyProblem();
        assertThat(p.file()).isEqualTo("corpus/measures/werk-3.yaml");
        assertThat(p.field()).isEqualTo("summary");
        assertThat(p.message()).contains("placeholder 'TODO'");
    }
}
