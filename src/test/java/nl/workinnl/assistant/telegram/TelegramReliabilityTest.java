package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot under faults of the Bot API (429 with retry_after, 500s, dropped connections, slow
 * answers), updates the client cannot decode, and a restart in the middle of a conversation:
 * every update is answered exactly once.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramReliabilityTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private FakeBotApi api;
    private ConfigurableApplicationContext context;

    @BeforeEach
    void start() {
        api = FakeBotApi.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    private static Map<Long, Long> perChat(List<FakeBotApi.Sent> sent) {
        return sent.stream().collect(Collectors.groupingBy(FakeBotApi.Sent::chatId, Collectors.counting()));
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutForItsChatOnly() {
        context = BotContext.start(api, dataDir);
        api.failNext("sendMessage", FakeBotApi.Fault.tooManyRequests(2));
        long start = System.nanoTime();
        api.pushText(501, "Waar vraag ik een DigiD aan?", "nl");
        api.awaitSentTo(501, 1, WAIT);
        long waited = System.nanoTime() - start;
        api.pushText(502, "Waar vraag ik een DigiD aan?", "nl");
        api.awaitSentTo(502, 1, WAIT);

        assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(api.sentTo(501)).hasSize(1);
        assertThat(api.sentTo(502)).hasSize(1);
    }

    @Test
    void serverErrorsDroppedConnectionsAndSlowAnswersAreRetriedWithoutDuplicates() throws InterruptedException {
        context = BotContext.start(api, dataDir);
        api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        // OkHttp silently retries a request once on a broken connection: two drops reach the bot.
        api.failNext("sendMessage", FakeBotApi.Fault.dropConnection());
        api.failNext("sendMessage", FakeBotApi.Fault.dropConnection());
        api.failNext("sendMessage", FakeBotApi.Fault.slow(Duration.ofMillis(800)));
        api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        api.failNext("getUpdates", FakeBotApi.Fault.serverError());
        api.failNext("getUpdates", FakeBotApi.Fault.dropConnection());
        for (long chat = 601; chat <= 610; chat++) {
            api.pushText(chat, "Hoeveel maatregelen zijn afgerond?", "nl");
        }
        api.awaitSent(10, WAIT);
        Thread.sleep(1000);
        assertThat(perChat(api.sent())).hasSize(10).allSatisfy((chat, count) -> assertThat(count).as("chat " + chat).isEqualTo(1L));
    }

    @Test
    void messagesToOneChatAreSpacedAndNoneIsDropped() {
        context = BotContext.start(api, dataDir, "--telegram.per-chat=300ms");
        for (int i = 0; i < 5; i++) {
            api.pushCommand(701, "/help", "en");
        }
        List<FakeBotApi.Sent> sent = api.awaitSentTo(701, 5, WAIT);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.ofNanos(sent.get(i).nanos() - sent.get(i - 1).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(280));
        }
    }

    @Test
    void theGlobalRateIsRespectedOverManyChats() {
        context = BotContext.start(api, dataDir, "--telegram.per-second=10");
        for (long chat = 800; chat < 830; chat++) {
            api.pushCommand(chat, "/help", "en");
        }
        List<FakeBotApi.Sent> sent = api.awaitSent(30, WAIT);
        for (int i = 10; i < sent.size(); i++) {
            assertThat(Duration.ofNanos(sent.get(i).nanos() - sent.get(i - 10).nanos()))
                    .as("the 10 messages before message " + i).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void aGroupGetsAtMostItsLimitInAnyWindowWhileAPrivateChatIsNotHeldBack() {
        // Telegram's 20 a minute, shrunk to 3 in 2 s so that 25 replies take seconds.
        Duration window = Duration.ofSeconds(2);
        context = BotContext.start(api, dataDir, "--telegram.per-group=3", "--telegram.per-group-window=2s");
        long group = -1300;
        for (int i = 0; i < 25; i++) {
            api.pushGroupText(group, 77, "@workinnl_test_bot /help", "en", false);
        }
        for (int i = 0; i < 5; i++) {
            api.pushCommand(1301, "/help", "en");
        }
        List<FakeBotApi.Sent> toPrivate = api.awaitSentTo(1301, 5, WAIT);
        List<FakeBotApi.Sent> toGroup = api.awaitSentTo(group, 25, Duration.ofSeconds(60));

        for (int i = 3; i < toGroup.size(); i++) {
            assertThat(Duration.ofNanos(toGroup.get(i).nanos() - toGroup.get(i - 3).nanos()))
                    .as("the 3 messages to the group before message " + i).isGreaterThanOrEqualTo(window);
        }
        // Held to the group's pace, five replies would take at least a window; they take the per-chat gaps.
        assertThat(Duration.ofNanos(toPrivate.getLast().nanos() - toPrivate.getFirst().nanos()))
                .as("the private chat's five replies").isLessThan(window);
        assertThat(toPrivate.getLast().nanos()).as("the private chat answered while the group waits")
                .isLessThan(toGroup.getLast().nanos());
    }

    /** Updates Telegram could send that do not fit the library's types; each once broke the whole batch. */
    static final Map<String, Consumer<ObjectNode>> POISON = Map.of(
            "text is an object", m -> m.putObject("text").put("bold", "Waar vraag ik een DigiD aan?"),
            "chat id above 2^63", m -> ((ObjectNode) m.get("chat")).put("id", BigInteger.TWO.pow(64).add(BigInteger.valueOf(7))),
            "message_id above 2^31", m -> m.put("message_id", (1L << 31) + 7),
            "date is a string", m -> m.put("date", "yesterday"));

    @Test
    void anUndecodableUpdateIsSkippedAndLoggedWhileTheOthersInItsBatchAreAnswered(CapturedOutput output) {
        // Pushed before the bot starts, so that the first getUpdates returns them all in one batch.
        long chat = 1100;
        api.pushText(chat++, "Waar vraag ik een DigiD aan?", "nl");
        List<Integer> poisonIds = new java.util.ArrayList<>();
        for (Consumer<ObjectNode> poison : POISON.values()) {
            poisonIds.add(api.pushTextTampered(1199, "Mijn BSN is 123456782", "nl", poison));
            api.pushText(chat++, "Waar vraag ik een DigiD aan?", "nl");
        }
        context = BotContext.start(api, dataDir);
        for (long c = 1100; c < chat; c++) {
            api.awaitSentTo(c, 1, WAIT);
        }
        api.pushText(chat, "Waar vraag ik een DigiD aan?", "nl");
        api.awaitSentTo(chat, 1, WAIT);

        // The offset past the last update reaches Telegram with the next getUpdates, which may come
        // after its reply: waited for, not assumed.
        api.await("every update acknowledged, the undecodable ones too", () -> api.pendingUpdates() == 0, WAIT);
        assertThat(api.sentTo(1199)).isEmpty();
        String log = output.getAll();
        for (int id : poisonIds) {
            assertThat(log).contains("WARN").contains("update " + id + " ");
        }
        assertThat(log).doesNotContain("123456782").doesNotContain(BigInteger.TWO.pow(64).add(BigInteger.valueOf(7)).toString())
                .doesNotContain("yesterday");
    }

    @Test
    void aRestartInTheMiddleOfAConversationLosesNothingAndRepeatsNothing() throws InterruptedException {
        context = BotContext.start(api, dataDir);
        api.pushCallback(901, "l:bg", 1, "nl");
        api.awaitSentTo(901, 1, WAIT);

        // The next reply cannot be delivered before the service stops: it waits in the outbox.
        api.failNext("sendMessage", FakeBotApi.Fault.tooManyRequests(30));
        api.pushText(901, "DigiD", "nl");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (api.requestCount("sendMessage") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        context.close();
        context = null;
        assertThat(api.sentTo(901)).hasSize(1);

        api.pushText(901, "Къде мога да се регистрирам?", "nl");
        context = BotContext.start(api, dataDir);
        List<FakeBotApi.Sent> sent = api.awaitSentTo(901, 3, WAIT);
        Thread.sleep(1500);
        assertThat(api.sentTo(901)).hasSize(3);
        assertThat(sent.get(1).text()).as("the reply from before the restart, in the chosen language")
                .contains("/bg/measures/informatie-3");
        assertThat(api.sentTo(901).stream().map(FakeBotApi.Sent::text).collect(Collectors.toMap(Function.identity(), t -> 1, Integer::sum)))
                .allSatisfy((text, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void stoppingTheServiceLeavesNoHttpClientThreadsBehind() {
        context = BotContext.start(api, dataDir);
        api.pushCommand(950, "/help", "en");
        api.awaitSentTo(950, 1, WAIT);
        long start = System.nanoTime();
        context.close();
        context = null;
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (okHttpThreads() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(okHttpThreads()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("telegram-") && t.isAlive());
    }

    private static long okHttpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("OkHttp")).count();
    }
}
