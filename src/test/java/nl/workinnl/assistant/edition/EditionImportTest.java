package nl.workinnl.assistant.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.workinnl.assistant.corpus.CorpusFixture;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.testing.DataCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import on a small corpus made for these tests (src/test/resources/edition), so that a new
 * edition of the real data never breaks them: the document it was built from changes nothing; a
 * new edition with three statuses changed, a text edited, a measure added and one gone gives
 * exactly those changes; a document that cannot be read fully changes nothing and names the line.
 */
class EditionImportTest {

    private static final Path FIXTURE = Path.of("src/test/resources/edition");

    @TempDir
    Path dir;

    private Path corpus;
    private Path translations;
    private Path baseline;

    @BeforeEach
    void copyFixture() {
        corpus = DataCopies.copy(FIXTURE.resolve("corpus"), dir.resolve("corpus"));
        translations = DataCopies.copy(FIXTURE.resolve("translations"), dir.resolve("translations"));
        baseline = corpus.resolve("sources/overview-2025-11.txt");
    }

    private CommandRun importing(Path document, Object... more) {
        List<Object> args = new ArrayList<>(List.of("import-overview", document, "--corpus-dir", corpus));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray());
    }

    private Path newEdition() {
        return FIXTURE.resolve("overview-2026-11.txt");
    }

    @Test
    void theFixtureCorpusIsValidToBeginWith() {
        assertThat(CorpusFixture.load(corpus).measures()).hasSize(9);
    }

    @Test
    void theDocumentTheCorpusWasBuiltFromChangesNothing() {
        Map<String, String> before = CommandRun.contents(dir);
        CommandRun run = importing(baseline, "--edition", "2025-11");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("No measure and no dashboard figure changed", "## Files (0)",
                "The document's own dashboard agrees with its measures.");
        assertThat(CommandRun.contents(dir)).isEqualTo(before);
    }

    @Test
    void aNewEditionGivesExactlyItsChangesInTheReport() throws IOException {
        Path report = dir.resolve("report.md");
        CommandRun run = importing(newEdition(), "--report", report);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitStatus()).isZero();
        String md = run.out();
        assertThat(Files.readString(report)).isEqualTo(md);
        assertThat(md).contains("# Import of the monitoring overview, edition 2026-11", "the corpus held edition 2025-11");
        assertThat(md).contains("## Status changes (3)")
                .contains("| werk-3 | Verantwoord ondernemen | In uitvoering, vertraagd (VERTRAAGD) | In uitvoering (IN_UITVOERING) |")
                .contains("| huisvesting-3 | Effectrapportage bij nieuwe bedrijvigheid | In uitvoering (IN_UITVOERING) | Afgerond (AFGEROND) |")
                .contains("| zorg-1 | Integratie keurmerken | Ernstige obstakels (ERNSTIGE_OBSTAKELS) | In uitvoering, vertraagd (VERTRAAGD) |");
        assertThat(md).contains("## Changed official texts (1)", "**werk-1** Toelating uitzendbureaus",
                "- removed: De wet is aangenomen.", "- added: De wet is op 11 november aangenomen door de Eerste Kamer.");
        assertThat(md).contains("## Changed titles (0)");
        assertThat(md).contains("## New measures (1)",
                "- werk-4 \"Meldplicht arbeidsongevallen\" (In uitvoering (IN_UITVOERING)): a stub in `corpus/measures/werk-4.yaml`");
        assertThat(md).contains("## Vanished measures (1)", "- zorg-2 \"Aanpak malafide bestuurders\" (last Anders uitgevoerd "
                + "(ANDERS_UITGEVOERD), 2025-11): kept unchanged; `--remove-vanished` deletes it; referred to by "
                + "`corpus/topics/hulp.yaml`, `corpus/measures/zorg-1.yaml`");
        assertThat(md).contains("| total | 9 | 10 |", "| Afgerond (AFGEROND) | 2 | 3 |", "| In uitvoering (IN_UITVOERING) | 3 | 4 |",
                "| Ernstige obstakels (ERNSTIGE_OBSTAKELS) | 1 | 0 |", "| theme werk | 3 | 4 |")
                .doesNotContain("| Anders uitgevoerd (ANDERS_UITGEVOERD) |", "| theme zorg |");
        assertThat(md).contains("The document's own dashboard agrees with its measures.");
        assertThat(md).contains("`corpus/measures/werk-1.yaml`: its official text changed", "`corpus/measures/werk-4.yaml`: new measure")
                .contains("`translations/en/measures/werk-1.yaml`: update after the Dutch texts of werk-1",
                        "`translations/pl/measures/werk-4.yaml`: missing");
        // A status change alone leaves the texts as they are: the status is shown apart from them.
        assertThat(md).doesNotContain("`corpus/measures/werk-3.yaml`: its", "`corpus/topics/hulp.yaml`: about");
        assertThat(md).contains("## Validation", "corpus/measures/werk-4.yaml: field 'summary': still holds the import's placeholder 'TODO'");
    }

    @Test
    void aNewEditionChangesOnlyTheOfficialLinesOfEachFile() throws IOException {
        Map<String, String> before = CommandRun.contents(corpus);
        Map<String, String> translationsBefore = CommandRun.contents(translations);
        assertThat(importing(newEdition()).exitStatus()).isZero();
        Map<String, String> after = CommandRun.contents(corpus);

        String historyLine = "  - { edition: \"2026-11\", status: %s }";
        for (String unchanged : List.of("werk-2", "huisvesting-1", "huisvesting-2a", "huisvesting-2b")) {
            String status = Status.valueOf(line(before, "measures/" + unchanged + ".yaml", "status: ").substring(8)).name();
            assertThat(changedLines(before, after, "measures/" + unchanged + ".yaml")).as(unchanged).isEqualTo(new Diff(
                    List.of("statusDate: \"2025-11\""), List.of("statusDate: \"2026-11\"", historyLine.formatted(status))));
        }
        assertThat(changedLines(before, after, "measures/werk-3.yaml")).isEqualTo(new Diff(
                List.of("status: VERTRAAGD", "statusDate: \"2025-11\""),
                List.of("status: IN_UITVOERING", "statusDate: \"2026-11\"", historyLine.formatted("IN_UITVOERING"))));
        assertThat(changedLines(before, after, "measures/werk-1.yaml")).isEqualTo(new Diff(
                List.of("statusDate: \"2025-11\"", "  Er komt een toelatingsstelsel voor uitzendbureaus. De wet is aangenomen."),
                List.of("statusDate: \"2026-11\"", historyLine.formatted("IN_UITVOERING"),
                        "  Er komt een toelatingsstelsel voor uitzendbureaus. De wet is op 11 november aangenomen door de Eerste Kamer.")));
        assertThat(after.get("measures/zorg-2.yaml")).as("a vanished measure is kept as it was").isEqualTo(before.get("measures/zorg-2.yaml"));
        assertThat(after.get("sources/overview-2026-11.txt")).isEqualTo(Files.readString(newEdition()));

        Measure werk3 = CorpusFixture.load(withoutStub()).measure("werk-3").orElseThrow();
        assertThat(werk3.history()).extracting(h -> h.edition() + " " + h.status())
                .containsExactly("2025-11 VERTRAAGD", "2026-11 IN_UITVOERING");
        assertThat(after.get("catalogue.yaml")).contains("statusDate: \"2026-11\"", "total: 10",
                "- { code: AFGEROND, label: \"Afgerond\", count: 3 }", "- { id: werk, count: 4 }",
                "date: \"2026-11\"", "file: sources/overview-2026-11.txt", "# A small corpus made for tests (the edition import, the corpus checks)");
        assertThat(after.get("measures/werk-4.yaml")).contains("title: \"Meldplicht arbeidsongevallen\"", "status: IN_UITVOERING",
                "statusDate: \"2026-11\"", "  - { edition: \"2026-11\", status: IN_UITVOERING }",
                "officialText: |\n  Uitzendbureaus moeten ernstige arbeidsongevallen melden.\n", "summary: \"TODO:");
        assertThat(CommandRun.contents(translations)).as("translations are an editor's work").isEqualTo(translationsBefore);
    }

    @Test
    void runningTheSameImportTwiceAddsNothingTheSecondTime() {
        assertThat(importing(newEdition()).exitStatus()).isZero();
        Map<String, String> afterFirst = CommandRun.contents(dir);
        CommandRun second = importing(newEdition());
        assertThat(second.exitStatus()).isZero();
        assertThat(second.out()).contains("## Status changes (0)", "## New measures (0)", "## Files (0)");
        assertThat(CommandRun.contents(dir)).isEqualTo(afterFirst);
        assertThat(afterFirst.get("corpus/measures/werk-2.yaml").split("edition: \"2026-11\"", -1)).hasSize(2);
    }

    @Test
    void removeVanishedDeletesTheMeasureAndItsTranslations() {
        CommandRun run = importing(newEdition(), "--remove-vanished");
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("deleted with its translations", "(remove those references)",
                "deleted: corpus/measures/zorg-2.yaml", "deleted: translations/en/measures/zorg-2.yaml",
                "| Anders uitgevoerd (ANDERS_UITGEVOERD) | 1 | 0 |", "| theme zorg | 2 | 1 |")
                .doesNotContain("| total |");
        assertThat(corpus.resolve("measures/zorg-2.yaml")).doesNotExist();
        assertThat(translations.resolve("en/measures/zorg-2.yaml")).doesNotExist();
    }

    @Test
    void aDashboardThatDisagreesWithItsMeasuresIsReportedNotRefused() throws IOException {
        Path document = edited(baseline, s -> s.replaceFirst("(?m)^(Maatregelen totaal\\t3\\n● Afgerond\\t)-", "$11"));
        CommandRun run = importing(document, "--edition", "2025-11");
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("row 'Werk' (line 19): total 3, but its statuses add up to 4",
                "row 'Werk' (line 19): 'Afgerond' 1, but 0 of its measures have that status");
    }

    @Test
    void theEditionComesFromTheDocumentOrFromTheOption() throws IOException {
        CommandRun none = importing(baseline);
        assertThat(none.exitStatus()).isEqualTo(1);
        assertThat(none.err()).contains("states no date").contains("--edition");

        Path older = edited(newEdition(), s -> s.replace("November 2026", "Mei 2024"));
        CommandRun tooOld = importing(older);
        assertThat(tooOld.exitStatus()).isEqualTo(1);
        assertThat(tooOld.err()).contains("edition 2024-05 is older");
    }

    // An unreadable document: each names the line and changes nothing.

    @Test
    void aMeasureWithoutAStatusLine() throws IOException {
        assertRefused(edited(newEdition(), s -> s.replace("● In uitvoering\n\nUitzendbureaus", "Uitzendbureaus")),
                "line 68: measure werk-4 'Meldplicht arbeidsongevallen' has no status line");
    }

    @Test
    void anUnknownStatusLabel() throws IOException {
        assertRefused(edited(newEdition(), s -> s.replace("● In uitvoering\n\nUitzendbureaus", "● Bijna klaar\n\nUitzendbureaus")),
                "line 70: measure werk-4: unknown status 'Bijna klaar'");
    }

    @Test
    void anUnknownStatusLabelInAnHtmlRow() throws IOException {
        assertRefused(edited(newEdition(), s -> s.replace("<input type=\"radio\"/> Doorlopend", "<input type=\"radio\"/> Lopend")),
                "line 58: measure werk-2: unknown status 'Lopend'");
    }

    @Test
    void anUnknownTheme() throws IOException {
        assertRefused(edited(newEdition(), s -> s.replace("Huisvesting\n\nWonen moet", "Wonen\n\nWonen moet")),
                "line 74: unknown theme 'Wonen'");
    }

    @Test
    void aNumberUsedTwice() throws IOException {
        assertRefused(edited(newEdition(), s -> s.replace("4. Meldplicht", "3. Meldplicht")),
                "line 68: measure number 3 of theme 'werk' appears twice (lines 60 and 68)");
    }

    @Test
    void aDocumentWithoutADashboard() throws IOException {
        assertRefused(edited(newEdition(), s -> s.replace("Dashboard totaaloverzicht", "Overzicht")), "no dashboard");
    }

    private void assertRefused(Path document, String message) {
        Map<String, String> before = CommandRun.contents(dir);
        CommandRun run = importing(document);
        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Import refused, nothing was changed: ").contains(message);
        assertThat(CommandRun.contents(dir)).isEqualTo(before);
    }

    private Path edited(Path document, UnaryOperator<String> change) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertThat(changed).as("the test's edit must change the document").isNotEqualTo(text);
        Path copy = Files.createTempFile(dir.resolve("corpus").getParent(), "overview-", ".txt");
        Files.writeString(copy, changed, StandardCharsets.UTF_8);
        return copy;
    }

    private Path withoutStub() {
        Path copy = DataCopies.copy(corpus, dir.resolve("checked"));
        try {
            Files.delete(copy.resolve("measures/werk-4.yaml"));
            String catalogue = Files.readString(copy.resolve("catalogue.yaml"));
            Files.writeString(copy.resolve("catalogue.yaml"), catalogue.replace("total: 10", "total: 9")
                    .replace("count: 4 }\n  - { code: VERTRAAGD", "count: 3 }\n  - { code: VERTRAAGD")
                    .replace("{ id: werk, count: 4 }", "{ id: werk, count: 3 }"));
            return copy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Diff(List<String> removed, List<String> added) {}

    private static Diff changedLines(Map<String, String> before, Map<String, String> after, String file) {
        List<String> old = new ArrayList<>(List.of(before.get(file).split("\n")));
        List<String> now = new ArrayList<>(List.of(after.get(file).split("\n")));
        List<String> removed = new ArrayList<>(old);
        now.forEach(removed::remove);
        List<String> added = new ArrayList<>(now);
        old.forEach(added::remove);
        return new Diff(removed, added);
    }

    private static String line(Map<String, String> files, String file, String prefix) {
        return files.get(file).lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }
}
