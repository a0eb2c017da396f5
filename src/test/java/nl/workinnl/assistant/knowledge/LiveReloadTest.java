package nl.workinnl.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.workinnl.assistant.corpus.Status;
import nl.workinnl.assistant.corpus.StatusChanged;
import nl.workinnl.assistant.testing.DataCopies;
import nl.workinnl.assistant.testing.DataEdits;
import nl.workinnl.assistant.testing.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A running service over watched copies of the corpus and translations: a change on disk changes
 * what it answers, shows and counts, without a restart; a broken change is refused and the old
 * version keeps serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LiveReloadTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TOKEN = "test-reload-token";
    private static final Path DATA;
    /** The edition the changes are made in: after the copied data's own, whichever that is. */
    private static final String NEXT;
    private static final List<StatusChanged> EVENTS = new CopyOnWriteArrayList<>();

    static {
        try {
            DATA = Files.createTempDirectory("live-reload");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        DataCopies.copy(Path.of("corpus"), DATA.resolve("corpus"));
        DataCopies.copy(Path.of("translations"), DATA.resolve("translations"));
        NEXT = new DataEdits(DATA.resolve("corpus")).nextEdition();
    }

    @DynamicPropertySource
    static void watchedCopies(DynamicPropertyRegistry registry) {
        registry.add("assistant.corpus-dir", () -> DATA.resolve("corpus").toString());
        registry.add("assistant.translations-dir", () -> DATA.resolve("translations").toString());
        registry.add("assistant.reload-token", () -> TOKEN);
        registry.add("assistant.reload-quiet-period", () -> "200ms");
        registry.add("assistant.web.ask-per-minute", () -> "0");
    }

    @TestConfiguration
    static class RecordEvents {
        @Bean
        Object statusChangedRecorder() {
            return new Object() {
                @EventListener
                void on(StatusChanged event) {
                    EVENTS.add(event);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    CurrentKnowledge knowledge;

    @Autowired
    KnowledgeReloader reloader;

    private final DataEdits edits = new DataEdits(DATA.resolve("corpus"));

    @Test
    void aStatusChangedOnDiskChangesTheAnswerTheApiTheStaffCountTheDashboardAndThePages() {
        Status before = edits.status("werk-4");
        Status after = before == Status.AFGEROND ? Status.VERTRAAGD : Status.AFGEROND;
        long completedBefore = completedOnDashboard();
        String countBefore = countOfCompleted();
        String hashBefore = dataHash();

        edits.changeStatus("werk-4", after, NEXT);

        Eventually.within(DEADLINE, "the measure API shows the new status", () -> measureStatus("werk-4") == after);
        assertThat(statusCited("What is the status of measure 4 of the work theme?")).isEqualTo(after.name());
        long expected = completedBefore + (after == Status.AFGEROND ? 1 : -1);
        assertThat(completedOnDashboard()).isEqualTo(expected);
        assertThat(countOfCompleted()).contains(String.valueOf(expected)).isNotEqualTo(countBefore);
        assertThat(dataHash()).isNotEqualTo(hashBefore);
        assertThat(page("/en/measures")).contains(dataHash()).contains(Months.inWords("en", NEXT));
        assertThat(page("/en/measures/werk-4")).contains(dataHash());
    }

    @Test
    void aBrokenChangeIsRefusedWithEveryProblemLoggedAndTheOldVersionKeepsAnswering(CapturedOutput output) {
        DataVersion serving = knowledge.get().version();
        Status status = measureStatus("huisvesting-7");
        Path understanding = DATA.resolve("translations/understanding.yaml");
        Path polish = DATA.resolve("translations/pl/interface.yaml");
        String understandingBefore = DataEdits.read(understanding);
        String polishBefore = DataEdits.read(polish);
        try {
            DataEdits.write(understanding, understandingBefore.replaceFirst("(?m)^  huisvesting:$", "  huisvestng:"));
            DataEdits.write(polish, polishBefore.replaceFirst("\\{count, plural,", "{liczba, plural,"));

            // The watcher may load the first file alone before the second is written; the refusal that
            // sees both must name both, in one warning.
            Eventually.within(DEADLINE, "one warning names both mistakes", () -> {
                String out = output.getOut();
                int at = out.lastIndexOf("refused, version " + serving + " keeps serving");
                return at >= 0 && out.substring(at).contains("understanding.yaml: field 'themes.huisvestng'")
                        && out.substring(at).contains("pl/interface.yaml: field 'messages.");
            });
            assertThat(knowledge.get().version()).isEqualTo(serving);
            assertThat(measureStatus("huisvesting-7")).isEqualTo(status);
            assertThat(statusCited("What is the status of rent protection?")).isEqualTo(status.name());
            assertThat(reloader.reload("test")).isInstanceOf(ReloadResult.Refused.class);
        } finally {
            DataEdits.write(understanding, understandingBefore);
            DataEdits.write(polish, polishBefore);
        }
        Eventually.within(DEADLINE, "the repaired files load", () -> reloader.reload("test") instanceof ReloadResult.Unchanged);
    }

    @Test
    void aMistakeInTheCorpusIsRefusedNamingFileAndField(CapturedOutput output) {
        DataVersion serving = knowledge.get().version();
        Path measure = DATA.resolve("corpus/measures/huisvesting-7.yaml");
        String before = DataEdits.read(measure);
        try {
            edits.misspellStatus("huisvesting-7");
            ReloadResult result = reloader.reload("test");
            assertThat(result).isInstanceOfSatisfying(ReloadResult.Refused.class, refused -> assertThat(refused.problems())
                    .anySatisfy(p -> assertThat(p.toString()).contains("measures/huisvesting-7.yaml: field 'status'")));
            assertThat(output.getOut()).contains("refused, version " + serving);
            assertThat(knowledge.get().version()).isEqualTo(serving);
        } finally {
            DataEdits.write(measure, before);
        }
        Eventually.within(DEADLINE, "the repaired file loads", () -> reloader.reload("test") instanceof ReloadResult.Unchanged);
    }

    @Test
    void theReloadEndpointNeedsTheTokenAndReloads() {
        RestClient client = client();
        assertThat(post(client, null)).isEqualTo(401);
        assertThat(post(client, "Bearer wrong-token")).isEqualTo(401);
        assertThat(post(client, "Basic " + TOKEN)).isEqualTo(401);

        Map<String, Object> result = client.post().uri("/api/v1/admin/reload").header("Authorization", "Bearer " + TOKEN)
                .retrieve().body(new ParameterizedTypeReference<>() {});
        assertThat(result).containsKey("version");
        assertThat(result.get("result")).isIn("swapped", "unchanged");
        @SuppressWarnings("unchecked")
        Map<String, Object> version = (Map<String, Object>) result.get("version");
        assertThat(version.get("hash")).isEqualTo(knowledge.get().version().hash());
    }

    @Test
    void oneStatusChangedEventPerChangedMeasureWithTheNewVersion() {
        Status werk = edits.status("werk-5");
        Status zorg = edits.status("zorg-1");
        Status werkTo = werk == Status.DOORLOPEND ? Status.AFGEROND : Status.DOORLOPEND;
        Status zorgTo = zorg == Status.ERNSTIGE_OBSTAKELS ? Status.IN_UITVOERING : Status.ERNSTIGE_OBSTAKELS;
        edits.changeStatus("werk-5", werkTo, NEXT);
        edits.changeStatus("zorg-1", zorgTo, NEXT);

        Eventually.within(DEADLINE, "both changes serve", () -> measureStatus("werk-5") == werkTo && measureStatus("zorg-1") == zorgTo);
        // The events are published just after the swap that serves them: wait for them too.
        Eventually.within(DEADLINE, "both changes told", () -> EVENTS.stream().filter(e -> e.dataVersion().startsWith("2026-11/"))
                .map(StatusChanged::measureId).collect(java.util.stream.Collectors.toSet()).containsAll(List.of("werk-5", "zorg-1")));
        String version = knowledge.get().version().toString();
        // The two files may have been loaded in one reload or in two; either way each change is told once.
        List<StatusChanged> told = new ArrayList<>(EVENTS.stream()
                .filter(e -> e.measureId().equals("werk-5") && e.to() == werkTo || e.measureId().equals("zorg-1") && e.to() == zorgTo)
                .filter(e -> e.dataVersion().startsWith(NEXT + "/"))
                .toList());
        assertThat(told).extracting(StatusChanged::measureId).containsExactlyInAnyOrder("werk-5", "zorg-1");
        assertThat(told).filteredOn(e -> e.measureId().equals("werk-5")).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(werk)).satisfies(e -> assertThat(e.statusDate()).isEqualTo(NEXT));
        assertThat(told).filteredOn(e -> e.measureId().equals("zorg-1")).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(zorg));
        assertThat(EVENTS.stream().filter(e -> e.dataVersion().equals(version)).map(StatusChanged::measureId))
                .doesNotHaveDuplicates().isSubsetOf("werk-5", "zorg-1");
    }

    @Test
    void asksDuringRepeatedSwapsNeverFailAndEachAnswerComesFromOneVersion() throws Exception {
        Map<String, String> labels = statusLabels();
        AtomicBoolean swapping = new AtomicBoolean(true);
        ExecutorService askers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            results.add(askers.submit(() -> {
                int answers = 0;
                while (swapping.get()) {
                    Map<String, Object> answer = ask("What is the status of measure 4 of the work theme?");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> citation = ((List<Map<String, Object>>) answer.get("citations")).getFirst();
                    String status = (String) citation.get("status");
                    assertThat(citation.get("statusLabel")).isEqualTo(labels.get(status));
                    assertThat((String) answer.get("text")).contains(labels.get(status));
                    answers++;
                }
                return answers;
            }));
        }
        try {
            for (int swap = 0; swap < 6; swap++) {
                Status to = edits.status("werk-4") == Status.AFGEROND ? Status.VERTRAAGD : Status.AFGEROND;
                edits.changeStatus("werk-4", to, NEXT);
                Eventually.within(DEADLINE, "swap " + swap + " serves", () -> measureStatus("werk-4") == to);
            }
        } finally {
            swapping.set(false);
            askers.shutdown();
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isPositive();
        }
    }

    private RestClient client() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    private int post(RestClient client, String authorization) {
        var request = client.post().uri("/api/v1/admin/reload");
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.exchange((req, res) -> res.getStatusCode().value());
    }

    private Map<String, Object> ask(String text) {
        return client().post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", text, "language", "en")).retrieve().body(new ParameterizedTypeReference<>() {});
    }

    @SuppressWarnings("unchecked")
    private String statusCited(String question) {
        return (String) ((List<Map<String, Object>>) ask(question).get("citations")).getFirst().get("status");
    }

    private Status measureStatus(String id) {
        Map<String, Object> measure = client().get().uri("/api/v1/measures/" + id).retrieve().body(new ParameterizedTypeReference<>() {});
        return Status.valueOf((String) measure.get("status"));
    }

    @SuppressWarnings("unchecked")
    private long completedOnDashboard() {
        Map<String, Object> overview = client().get().uri("/api/v1/overview").retrieve().body(new ParameterizedTypeReference<>() {});
        return ((List<Map<String, Object>>) overview.get("statuses")).stream().filter(s -> s.get("status").equals("AFGEROND"))
                .mapToLong(s -> ((Number) s.get("count")).longValue()).sum();
    }

    private String countOfCompleted() {
        return (String) ask("How many measures are completed?").get("text");
    }

    @SuppressWarnings("unchecked")
    private String dataHash() {
        Map<String, Object> info = RestClient.create("http://127.0.0.1:" + managementPort).get().uri("/actuator/info").retrieve().body(new ParameterizedTypeReference<>() {});
        return (String) ((Map<String, Object>) info.get("data")).get("hash");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> statusLabels() {
        Map<String, Object> widget = client().get().uri("/api/v1/widget?lang=en").retrieve().body(new ParameterizedTypeReference<>() {});
        return (Map<String, String>) widget.get("statuses");
    }

    private String page(String path) {
        return client().get().uri(path).retrieve().body(String.class);
    }
}
