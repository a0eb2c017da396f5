package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Service processes in webhook mode sharing one database and one fake Bot API, as replicas behind
 * a load balancer: the test posts each update to the replica it chooses, or to a proxy in front of
 * them ({@link NginxProxy}).
 */
final class ReplicaCluster implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(240);
    private static final String SECRET = "replica-secret";

    /** A replica: its process, its public port and its management port (the actuator). */
    record Replica(ServiceProcess process, int port, int managementPort) {}

    private final FakeBotApi api;
    private final Path dirs;
    private final String databaseUrl;
    private final String chatKey;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ReplicaCluster(FakeBotApi api, Path dirs, String databaseUrl) {
        this.api = api;
        this.dirs = dirs;
        this.databaseUrl = databaseUrl;
        byte[] key = new byte[32];
        new Random(7).nextBytes(key);
        // Replicas must share the chat key: one sends the replies the others stored.
        this.chatKey = Base64.getEncoder().encodeToString(key);
    }

    /** Starts a replica with these further arguments (rate limits and lease timings) and waits until it is ready. */
    Replica start(String name, String... arguments) throws IOException {
        Replica replica = launch(name, arguments);
        awaitReady(replica);
        return replica;
    }

    /** Starts replicas of these names side by side, each with these further arguments, and waits until all are ready. */
    List<Replica> startTogether(List<String> names, String... arguments) throws IOException {
        List<Replica> replicas = new ArrayList<>();
        for (String name : names) {
            replicas.add(launch(name, arguments));
        }
        replicas.forEach(this::awaitReady);
        return replicas;
    }

    private Replica launch(String name, String... arguments) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        String[] common = {"--server.port=" + port, "--management.server.port=" + managementPort, "--telegram.mode=webhook",
                "--telegram.webhook-secret=" + SECRET, "--telegram.chat-key=" + chatKey, "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=", "--spring.datasource.password=", "--assistant.web.ask-per-minute=0",
                "--assistant.conversation.secret=replica-cluster-secret"};
        ServiceProcess process = ServiceProcess.start(api, dirs.resolve(name), dirs.resolve(name + ".log"),
                Stream.concat(Stream.of(common), Stream.of(arguments)).toArray(String[]::new));
        services.add(process);
        return new Replica(process, port, managementPort);
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /**
     * Ready on its public port, and its management port answering too: the management server starts
     * after the public one, so a replica may be ready before its metrics can be scraped.
     */
    private void awaitReady(Replica replica) {
        api.await("replica on port " + replica.port() + " ready", () -> {
            if (!replica.process().isAlive()) {
                throw new AssertionError("the replica stopped:\n" + replica.process().log());
            }
            return answers(replica.port(), "/readyz") && answers(replica.managementPort(), "/actuator/health");
        }, WAIT);
    }

    private boolean answers(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Posts an update; true when the replica took it (200), false when it could not be reached. */
    boolean deliver(Replica replica, String update) {
        return deliver(replica.port(), update);
    }

    /** Posts an update to whatever listens on this loopback port (a replica, or a proxy in front of them). */
    boolean deliver(int port, String update) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                    .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The replica's metrics as Prometheus scrapes them from its management port. */
    String metrics(Replica replica) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.managementPort()
                    + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scraping a replica's metrics", e);
        }
    }

    static String update(long updateId, long chatId, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1764489600,
                 "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "A", "language_code": "en"},
                 "text": "%s"}}""".formatted(updateId, updateId, chatId, chatId, text);
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::destroy);
    }
}
