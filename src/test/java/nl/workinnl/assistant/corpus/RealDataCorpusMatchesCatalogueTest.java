package nl.workinnl.assistant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A check of the real data (hence the name), not a behaviour test: the repository's corpus against the
 * catalogue of the November 2025 overview (a copy of shared/catalogue in src/test/resources/catalogue),
 * measure by measure and figure by figure. A new edition changes those figures, so it fails until the
 * catalogue files are brought to the new edition; that is its purpose.
 */
class RealDataCorpusMatchesCatalogueTest {

    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = CorpusFixture.repositoryCorpus();
    }

    private static List<String[]> tsv(String name) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/catalogue", name), StandardCharsets.UTF_8).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    }

    @Test
    void everyMeasureOfTheCatalogueIsThereWithItsThemeNumberStatusAndTitle() throws IOException {
        List<String[]> rows = tsv("measures.tsv");
        assertThat(corpus.measures()).hasSize(rows.size()).hasSize(41);
        for (String[] row : rows) {
            Measure m = corpus.measure(row[0]).orElseThrow(() -> new AssertionError("missing measure " + row[0]));
            assertThat(m.theme()).as(row[0] + " theme").isEqualTo(row[1]);
            assertThat(m.number()).as(row[0] + " number").isEqualTo(row[2]);
            assertThat(m.status()).as(row[0] + " status").isEqualTo(Status.valueOf(row[3]));
            assertThat(m.title()).as(row[0] + " title").isEqualTo(row[4]);
            assertThat(m.statusDate()).as(row[0] + " status date").isEqualTo("2025-11");
        }
    }

    @Test
    void statusTotalsAndLabelsAreTheDashboards() throws IOException {
        Map<Status, Long> actual = corpus.measures().stream()
                .collect(Collectors.groupingBy(Measure::status, Collectors.counting()));
        for (String[] row : tsv("statuses.tsv")) {
            Status status = Status.valueOf(row[0]);
            assertThat(actual.getOrDefault(status, 0L)).as(row[0]).isEqualTo(Long.parseLong(row[2]));
            assertThat(corpus.statusLabel(status)).isEqualTo(row[1]);
        }
        assertThat(corpus.catalogue().total()).isEqualTo(41);
    }

    @Test
    void themesAreTheSevenOfTheOverviewInItsOrder() throws IOException {
        List<String[]> rows = tsv("themes.tsv");
        assertThat(corpus.themes()).extracting(Theme::id).containsExactlyElementsOf(rows.stream().map(r -> r[0]).toList());
        Map<String, Long> perTheme = corpus.measures().stream()
                .collect(Collectors.groupingBy(Measure::theme, Collectors.counting()));
        for (String[] row : rows) {
            assertThat(corpus.theme(row[0]).orElseThrow().name()).isEqualTo(row[1]);
            assertThat(perTheme.get(row[0])).as(row[0]).isEqualTo(Long.parseLong(row[2]));
        }
    }

    @Test
    void measuresComeInTheOverviewsOrder() {
        assertThat(corpus.measures()).extracting(Measure::id)
                .startsWith("beleid-1", "beleid-2", "werk-1")
                .containsSubsequence("registratie-1", "registratie-2a", "registratie-2b", "registratie-2c", "registratie-3")
                .endsWith("informatie-4");
    }

    @Test
    void topicsCoverTheLettersSubjectsAndThePracticalHelp() {
        Map<Topic.Kind, Long> kinds = corpus.topics().stream().collect(Collectors.groupingBy(Topic::kind, Collectors.counting()));
        assertThat(kinds.get(Topic.Kind.LETTER)).isGreaterThanOrEqualTo(5);
        assertThat(kinds.get(Topic.Kind.PRACTICAL)).isGreaterThanOrEqualTo(8);
        Map<String, Topic> byId = corpus.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
        assertThat(byId.get("hulp-juridisch-loket").measures()).contains("informatie-2");
        assertThat(byId.get("meldpunt-slechte-verhuurder").measures()).contains("huisvesting-1");
    }
}
