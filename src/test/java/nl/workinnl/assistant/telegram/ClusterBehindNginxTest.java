package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.telegram.ReplicaCluster.Replica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The production topology of {@code docker-compose.cluster.yml} without Docker: {@code deploy/nginx.conf}
 * run by a real nginx (see {@link NginxProxy} for the little the test changes in it) in front of two
 * replicas in webhook mode that share one PostgreSQL and one fake Bot API. Everything goes through
 * nginx's port, each client from a loopback address of its own (127.0.0.x), as clients from different
 * addresses reach the proxy. The replicas are set as that file sets them
 * ({@code server.forward-headers-strategy=native}), with the per-client question limit lowered to
 * {@value #ASK_PER_MINUTE} a minute so that reaching it is quick.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterBehindNginxTest {

    private static final int ASK_PER_MINUTE = 6;
    private static final int MAX_LOGIN_FAILURES = 3;
    private static final String EDITOR_PASSWORD = "cluster editor password";
    private static final int SLOW_CLIENTS = 50;
    /** deploy/nginx.conf's client_body_timeout. */
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern NUMBER = Pattern.compile(" ([0-9.eE+-]+)$");

    private FakeBotApi api;
    private ReplicaCluster cluster;
    private NginxProxy nginx;
    private String database;
    /** Why the tests are skipped: nginx or PostgreSQL is missing. */
    private String unavailable;
    private List<Replica> replicas;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    @BeforeAll
    void start(@TempDir Path dirs) throws Exception {
        // Without nginx or PostgreSQL every test is skipped with the reason (under CI=true the class
        // fails instead), before anything starts.
        Path binary;
        try {
            binary = NginxProxy.binary();
            database = TestDatabase.freshPostgresSchema();
        } catch (TestAbortedException e) {
            unavailable = e.getMessage();
            System.out.println(getClass().getSimpleName() + ": " + unavailable);
            return;
        }
        api = FakeBotApi.start();
        cluster = new ReplicaCluster(api, dirs, database);
        replicas = cluster.startTogether(List.of("replica-1", "replica-2"), "--server.forward-headers-strategy=native",
                "--assistant.web.ask-per-minute=" + ASK_PER_MINUTE, "--logging.level.root=WARN",
                "--assistant.conversation.secret=cluster-test-secret", "--assistant.staff.max-failures=" + MAX_LOGIN_FAILURES,
                "--assistant.staff.users[0].name=anna", "--assistant.staff.users[0].roles=EDITOR",
                "--assistant.staff.users[0].password-hash=" + new BCryptPasswordEncoder(4).encode(EDITOR_PASSWORD));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        nginx = NginxProxy.render(binary, dirs.resolve("nginx"), port, replicas.stream().map(Replica::port).toList());
        nginx.start();
        api.await("nginx answering on port " + port, nginx::answers, Duration.ofSeconds(30));
    }

    @BeforeEach
    void skipWithoutNginxOrPostgres() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    @Order(1)
    void nginxFindsTheConfigurationValid() throws Exception {
        NginxProxy.Check check = nginx.test();
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("syntax is ok").contains("test is successful");
    }

    @Test
    @Order(2)
    void webhookUpdatesAreAnsweredOnceEachEvenWhenDeliveredAgainAndAGetIsRefused() throws Exception {
        List<String> measures = List.of("werk-1", "werk-2", "werk-3", "zorg-1", "zorg-2");
        int updates = 20;
        for (int i = 0; i < updates; i++) {
            String update = ReplicaCluster.update(9100 + i, 9000 + i, measures.get(i % measures.size()));
            assertThat(cluster.deliver(nginx.port(), update)).as("update " + (9100 + i) + " taken through nginx").isTrue();
            if (i % 4 == 0) {
                // Telegram repeats a delivery it saw no answer to; through nginx it may reach the other replica.
                assertThat(cluster.deliver(nginx.port(), update)).as("update " + (9100 + i) + " again").isTrue();
            }
        }
        // A delivery is acknowledged only once its reply is in the outbox: when every chat has its
        // reply and the outbox is empty, nothing more can be sent.
        api.await("a reply to every chat and an empty outbox", () -> {
            for (int i = 0; i < updates; i++) {
                if (api.sentTo(9000 + i).isEmpty()) {
                    return false;
                }
            }
            return count("SELECT COUNT(*) FROM outbox") == 0;
        }, WAIT);
        for (int i = 0; i < updates; i++) {
            List<FakeBotApi.Sent> sent = api.sentTo(9000 + i);
            assertThat(sent).as("replies to chat " + (9000 + i)).hasSize(1);
            assertThat(sent.getFirst().text()).contains("/measures/" + measures.get(i % measures.size()));
        }
        assertThat(count("SELECT COUNT(*) FROM processed_update WHERE update_id BETWEEN 9100 AND 9199")).isEqualTo(updates);

        // nginx refuses anything but a POST there, before a replica sees it.
        HttpResponse<String> get = send("127.0.0.1", HttpRequest.newBuilder(uri("/telegram/webhook")).GET());
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(get.body()).contains("nginx");
    }

    @Test
    @Order(3)
    void aTelegramUpdateLargerThanTheApisBodyLimitStillReachesTheReplicas() {
        // Telegram escapes every non-ASCII character (\u0436): a long Cyrillic message replying to
        // another long one is ~50 KB, over the 32 KB the API's bodies may have but well within the
        // 256 KB the service takes on the webhook. A 413 there is an update Telegram keeps repeating.
        String longText = "\\u0436".repeat(4000);
        String update = """
                {"update_id": 9300, "message": {"message_id": 9300, "date": 1764489600,
                 "chat": {"id": 9300, "type": "private"}, "from": {"id": 9300, "is_bot": false, "first_name": "A", "language_code": "bg"},
                 "text": "%s",
                 "reply_to_message": {"message_id": 9299, "date": 1764489500, "chat": {"id": 9300, "type": "private"},
                  "from": {"id": 9300, "is_bot": false, "first_name": "A"}, "text": "%s"}}}""".formatted(longText, longText);
        assertThat(update.length()).isGreaterThan(40_000);
        assertThat(cluster.deliver(nginx.port(), update)).as("a large update taken through nginx").isTrue();
        api.awaitSentTo(9300, 1, WAIT);
    }

    @Test
    @Order(4)
    void theActuatorIsDeniedAndOversizedOrTooFrequentApiRequestsAreRefusedAtTheEdge() throws Exception {
        HttpResponse<String> actuator = send("127.0.0.1", HttpRequest.newBuilder(uri("/actuator/prometheus")).GET());
        assertThat(actuator.statusCode()).isEqualTo(403);
        assertThat(actuator.body()).contains("nginx");

        String huge = "{\"text\": \"" + "x".repeat(40_000) + "\"}";
        HttpResponse<String> tooLarge = send("127.0.0.1", HttpRequest.newBuilder(uri("/api/v1/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("nginx");

        // limit_req: 10 requests a second with a burst of 20 for one client address under /api/;
        // requests sent at once exceed it (repeated until they do, should this machine be slow).
        api.await("nginx's 429 for a burst of requests from one address", () -> {
            List<Future<Integer>> burst = new ArrayList<>();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 40; i++) {
                    burst.add(threads.submit(() -> send("127.0.0.6", HttpRequest.newBuilder(uri("/api/v1/themes")).GET()).statusCode()));
                }
            }
            return burst.stream().map(Future::resultNow).anyMatch(status -> status == 429);
        }, WAIT);
        assertThat(send("127.0.0.7", HttpRequest.newBuilder(uri("/api/v1/themes")).GET()).statusCode())
                .as("another address, not limited").isEqualTo(200);
    }

    @Test
    @Order(5)
    void asksAreAnsweredThroughNginxAndSpreadOverBothReplicas() throws Exception {
        double[] before = replicas.stream().mapToDouble(this::asksAnswered).toArray();
        for (int i = 0; i < ASK_PER_MINUTE; i++) {
            HttpResponse<String> answer = ask("127.0.0.1", "Waar vraag ik een DigiD aan?");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(answer.body()).startsWith("{").contains("\"answered\"");
        }
        double first = asksAnswered(replicas.get(0)) - before[0];
        double second = asksAnswered(replicas.get(1)) - before[1];
        assertThat(first + second).isEqualTo(ASK_PER_MINUTE);
        assertThat(first).as("asks the first replica answered").isPositive();
        assertThat(second).as("asks the second replica answered").isPositive();
    }

    @Test
    @Order(6)
    void eachClientBehindTheProxyHasALimitOfItsOwnThatAMadeUpForwardedForDoesNotEscape() throws Exception {
        // Each replica allows a client ASK_PER_MINUTE questions a minute, so through nginx, which
        // spreads them, the service's 429 comes after at most twice that many.
        int answered = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < 2 * ASK_PER_MINUTE + 1 && limited == null; i++) {
            HttpResponse<String> response = send("127.0.0.4", HttpRequest.newBuilder(uri("/api/v1/ask"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"DigiD\"}")));
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                answered++;
            }
        }
        assertThat(limited).as("the service's 429 for 127.0.0.4 within " + (2 * ASK_PER_MINUTE + 1) + " asks").isNotNull();
        assertThat(limited.body()).contains("Too many questions");
        assertThat(answered).isBetween(ASK_PER_MINUTE, 2 * ASK_PER_MINUTE);
        // Another client through the same proxy still has its own.
        HttpResponse<String> other = ask("127.0.0.5", "DigiD");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void aNotHelpfulVoteThatReachesTheOtherReplicaKeepsTheQuestion() throws Exception {
        HttpResponse<String> answer = send("127.0.0.6", HttpRequest.newBuilder(direct(replicas.get(0), "/api/v1/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"clustervraag verhuurdersvergunning 4711\", \"choice\": \"werk-1\"}")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"feedbackToken\":\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).as(answer.body()).isTrue();

        HttpResponse<String> vote = send("127.0.0.6", HttpRequest.newBuilder(direct(replicas.get(1), "/api/v1/feedback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"measureId\": \"werk-1\", \"helpful\": false, \"token\": \"" + token.group(1) + "\"}")));
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(204);
        assertThat(count("SELECT COUNT(*) FROM declined_question WHERE reason = 'NOT_HELPFUL' AND measure_id = 'werk-1'"
                + " AND question = 'clustervraag verhuurdersvergunning [NUMBER]'")).isEqualTo(1);
    }

    @Test
    @Order(8)
    void aStaffLockOutOnOneReplicaHoldsOnTheOther() throws Exception {
        for (int i = 0; i < MAX_LOGIN_FAILURES; i++) {
            assertThat(reload(replicas.get(0), "wrong password " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = reload(replicas.get(1), EDITOR_PASSWORD);
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
    }

    private HttpResponse<String> reload(Replica replica, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("anna:" + password).getBytes(StandardCharsets.UTF_8));
        return send("127.0.0.7", HttpRequest.newBuilder(direct(replica, "/api/v1/admin/reload"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static URI direct(Replica replica, String path) {
        return URI.create("http://127.0.0.1:" + replica.port() + path);
    }

    @Test
    @Order(9)
    void slowBodiesHoldOnlyNginxWhichEndsThemAfterItsBodyTimeoutWhileOthersAreAnswered() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        AtomicLong lastByte = new AtomicLong();
        AtomicInteger rounds = new AtomicInteger();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                // Both paths that take bodies from anyone: at most 20 under /api/ (limit_req's burst for
                // one address would refuse more at once), the rest to the webhook, which nginx cannot
                // tell from Telegram before the replica checks the secret.
                String path = i < 20 ? "/api/v1/ask" : "/telegram/webhook";
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress("127.0.0.2", 0));
                socket.connect(new InetSocketAddress("127.0.0.1", nginx.port()), 5_000);
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"text\": \"").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            // Byte by byte: one more on each connection every half second.
            trickle.scheduleAtFixedRate(() -> {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('a');
                    } catch (IOException e) {
                        // ended by nginx: found below
                    }
                }
                lastByte.set(System.nanoTime());
                rounds.incrementAndGet();
            }, 0, 500, TimeUnit.MILLISECONDS);
            // nginx has read every header once the address's 50 connections (limit_conn perip 50) are
            // counted: one more request from it is refused.
            api.await("limit_conn refusing a 51st request from 127.0.0.2", () -> {
                try {
                    return send("127.0.0.2", HttpRequest.newBuilder(uri("/readyz")).GET()).statusCode() == 503;
                } catch (Exception e) {
                    return false;
                }
            }, WAIT);
            assertThat(postsInProgress()).as("requests the replicas are reading while nginx holds the slow bodies").isZero();

            // Meanwhile others are answered promptly (within a generous deadline: not a measurement).
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> answer = ask("127.0.0.3", "Mijn werkgever houdt mijn paspoort in");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("\"answered\"");
            }
            assertThat(postsInProgress()).isZero();
            api.await("a few more bytes on each slow connection", () -> rounds.get() >= 6, WAIT);
            assertThat(postsInProgress()).isZero();
            trickle.shutdown();
            assertThat(trickle.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            long silentSince = lastByte.get();
            for (Socket socket : slow) {
                socket.setSoTimeout(1);
                assertThat(endedOrHeld(socket)).as("a slow connection still held after the asks").isEqualTo(-2);
            }

            // Silent now: nginx ends each after client_body_timeout with a 408, which it logs and
            // does not send (it closes the connection).
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (Socket socket : slow) {
                socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                assertThat(endedOrHeld(socket)).as("what nginx sent a slow client before ending it").isEqualTo(-1);
                // A lower bound, which no slowness of this machine can break: it was the body timeout.
                assertThat(Duration.ofNanos(System.nanoTime() - silentSince)).isGreaterThan(BODY_TIMEOUT.minusSeconds(1));
            }
            api.await("nginx's 408 for every slow body in its access log", () -> nginx.accessLog().lines()
                    .filter(line -> line.startsWith("127.0.0.2 ") && line.contains(" HTTP/1.1\" 408 ")).count() == SLOW_CLIENTS, WAIT);
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    @Order(10)
    void whenAReplicaStopsNginxAnswersThroughTheOther() throws Exception {
        Replica survivor = replicas.get(1);
        double before = asksAnswered(survivor);
        replicas.get(0).process().kill();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> answer = ask("127.0.0.8", "Waar vraag ik een DigiD aan?");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        assertThat(asksAnswered(survivor) - before).isEqualTo(4);
        assertThat(nginx.errorLog()).contains("connect() failed (111: Connection refused) while connecting to upstream");
    }

    /** -1 when nginx ended the connection without a response, -2 when it is still open (read timed out), else the first byte. */
    private static int endedOrHeld(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            return in.read();
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            return -1; // reset
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + nginx.port() + path);
    }

    private HttpResponse<String> ask(String from, String question) throws IOException, InterruptedException {
        return send(from, HttpRequest.newBuilder(uri("/api/v1/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + question + "\"}")));
    }

    /** A request from this loopback address, answered within a generous deadline. */
    private HttpResponse<String> send(String from, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient client = clients.computeIfAbsent(from, address -> {
            try {
                return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Questions of the API this replica answered or declined (its metrics). */
    private double asksAnswered(Replica replica) {
        return sum(cluster.metrics(replica), "assistant_questions_total{", "channel=\"api\"");
    }

    /** POSTs the replicas have begun and not finished: a body being read counts. */
    private double postsInProgress() {
        return replicas.stream().filter(r -> r.process().isAlive())
                .mapToDouble(r -> sum(cluster.metrics(r), "http_server_requests_active_seconds_count{", "method=\"POST\"")).sum();
    }

    private static double sum(String scrape, String series, String label) {
        return scrape.lines().filter(line -> line.startsWith(series) && line.contains(label)).mapToDouble(line -> {
            Matcher value = NUMBER.matcher(line);
            assertThat(value.find()).as(line).isTrue();
            return Double.parseDouble(value.group(1));
        }).sum();
    }

    private long count(String sql) {
        try (Connection c = DriverManager.getConnection(database); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
