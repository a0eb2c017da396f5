package nl.workinnl.assistant.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.workinnl.assistant.testing.DataCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check of the real data (hence the name), not a behaviour test: the overview the corpus was built from, imported
 * into a copy of the repository's corpus, changes nothing. It fails when the corpus and its source
 * drift apart (an edited official text, a status typed by hand), or when a new edition has been
 * imported without its document in corpus/sources.
 */
class RealDataOverviewImportTest {

    private static final Path SOURCE = Path.of("corpus/sources/monitoringsoverzicht-2025-11.txt");

    @TempDir
    Path dir;

    @Test
    void importingTheCurrentSourceChangesNothing() {
        Path corpus = DataCopies.copy(Path.of("corpus"), dir.resolve("corpus"));
        Path translations = DataCopies.copy(Path.of("translations"), dir.resolve("translations"));
        Map<String, String> corpusBefore = CommandRun.contents(corpus);
        Map<String, String> translationsBefore = CommandRun.contents(translations);

        CommandRun run = CommandRun.of("import-overview", SOURCE, "--edition", "2025-11", "--corpus-dir", corpus,
                "--report", dir.resolve("report.md"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("No measure and no dashboard figure changed")
                .contains("## Status changes (0)", "## Changed official texts (0)", "## Changed titles (0)",
                        "## New measures (0)", "## Vanished measures (0)", "## Texts that now need an editor (0)", "## Files (0)")
                .contains("The corpus passes the service's start-up checks.");
        // The document's known inconsistency: its row for the theme says 3 in progress, its measures have 2.
        assertThat(run.out()).contains("row 'Handhaving en toezicht' (line 86): total 7, but its statuses add up to 8")
                .contains("row 'Handhaving en toezicht' (line 86): 'In uitvoering' 3, but 2 of its measures have that status");
        assertThat(CommandRun.contents(corpus)).isEqualTo(corpusBefore);
        assertThat(CommandRun.contents(translations)).isEqualTo(translationsBefore);
    }
}
