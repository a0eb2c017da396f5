package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.workinnl.assistant.telegram.FakeBotApi.Fault;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake Bot API keeps Telegram's semantics; the bot's integration tests rely on them. */
class FakeBotApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeBotApi api = FakeBotApi.start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void close() {
        api.close();
        http.close();
    }

    @Test
    void answersGetMeAndRefusesUnknownMethods() throws Exception {
        HttpResponse<String> me = post("getMe", "{}");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("result").path("username").asText()).isEqualTo("workinnl_test_bot");

        HttpResponse<String> unknown = post("sendPoll", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body())).isEqualTo(JSON.readTree(
                "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}"));
    }

    @Test
    void longPollWaitsOutItsTimeoutWhenNothingIsPending() throws Exception {
        long start = System.nanoTime();
        JsonNode result = getUpdates(0, 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(result).isEmpty();

        start = System.nanoTime();
        assertThat(getUpdates(0, 0)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void longPollReturnsAsSoonAsAnUpdateArrives() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<JsonNode> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return getUpdates(0, 30);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(300);
        assertThat(poll).isNotDone();
        // A long poll must not keep other requests waiting.
        assertThat(post("getMe", "{}").statusCode()).isEqualTo(200);

        int id = api.pushText(42, "hallo", "nl");
        JsonNode updates = poll.get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).path("update_id").asInt()).isEqualTo(id).isEqualTo(1);
        assertThat(updates.get(0).path("message").path("text").asText()).isEqualTo("hallo");
    }

    @Test
    void anOffsetConfirmsEveryEarlierUpdate() throws Exception {
        api.pushText(1, "one", null);
        api.pushText(1, "two", null);
        api.pushText(1, "three", null);

        assertThat(ids(getUpdates(0, 0))).containsExactly(1, 2, 3);
        assertThat(ids(getUpdates(0, 0))).as("not confirmed yet").containsExactly(1, 2, 3);
        assertThat(ids(getUpdates(2, 0))).containsExactly(2, 3);
        assertThat(api.pendingUpdates()).isEqualTo(2);
        assertThat(ids(call("getUpdates", "{\"offset\":2,\"limit\":1}"))).containsExactly(2);
        assertThat(ids(getUpdates(4, 0))).isEmpty();
        assertThat(api.pendingUpdates()).isZero();
        assertThat(api.pushText(1, "four", null)).isEqualTo(4);
    }

    @Test
    void tooManyRequestsNamesRetryAfterAndDeliversNothing() throws Exception {
        api.failNext("sendMessage", Fault.tooManyRequests(7));

        HttpResponse<String> refused = post("sendMessage", "{\"chat_id\":\"5\",\"text\":\"hi\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("ok").asBoolean(true)).isFalse();
        assertThat(body.path("error_code").asInt()).isEqualTo(429);
        assertThat(body.path("parameters").path("retry_after").asInt()).isEqualTo(7);
        assertThat(api.sent()).isEmpty();

        HttpResponse<String> accepted = post("sendMessage", "{\"chat_id\":\"5\",\"text\":\"hi\"}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(api.sentTo(5)).extracting(FakeBotApi.Sent::text).containsExactly("hi");
        assertThat(api.requestCount("sendMessage")).isEqualTo(2);
    }

    @Test
    void serverErrorDeliversNothing() throws Exception {
        api.failNext("sendMessage", Fault.serverError());
        api.failNext("sendMessage", Fault.serverError());

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> failed = post("sendMessage", "{\"chat_id\":5,\"text\":\"hi\"}");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(failed.body())).isEqualTo(JSON.readTree(
                    "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"));
        }
        assertThat(api.sent()).isEmpty();
        assertThat(post("sendMessage", "{\"chat_id\":5,\"text\":\"hi\"}").statusCode()).isEqualTo(200);
        assertThat(api.awaitSent(1, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void droppedConnectionGivesTheClientAnIoException() throws Exception {
        api.failNext("sendMessage", Fault.dropConnection());

        assertThatThrownBy(() -> post("sendMessage", "{\"chat_id\":5,\"text\":\"hi\"}")).isInstanceOf(IOException.class);
        assertThat(api.sent()).isEmpty();
        assertThat(post("sendMessage", "{\"chat_id\":5,\"text\":\"hi\"}").statusCode()).isEqualTo(200);
        assertThat(api.sent()).hasSize(1);
    }

    @Test
    void slowAnswersLateButDelivers() throws Exception {
        api.failNext("sendMessage", Fault.slow(Duration.ofMillis(700)));

        long start = System.nanoTime();
        assertThat(post("sendMessage", "{\"chat_id\":5,\"text\":\"hi\"}").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(650));
        assertThat(api.sent()).hasSize(1);
    }

    @Test
    void refusesWhatTelegramRefuses() throws Exception {
        assertThat(post("sendMessage", "{\"chat_id\":5,\"text\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(post("sendMessage", "{\"chat_id\":5,\"text\":\"" + "x".repeat(4097) + "\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("sendMessage", "{\"chat_id\":5,\"parse_mode\":\"HTML\",\"text\":\"a <b>b</i>\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("sendMessage", "{\"chat_id\":5,\"parse_mode\":\"HTML\",\"text\":\"x < y\"}").statusCode())
                .isEqualTo(400);
        assertThat(api.sent()).isEmpty();

        // Markup does not count toward the limit; an escaped character counts once.
        String html = "<b>" + "&amp;".repeat(4096) + "</b>";
        assertThat(post("sendMessage", JSON.writeValueAsString(Map.of("chat_id", 5, "parse_mode", "HTML", "text", html)))
                .statusCode()).isEqualTo(200);
        assertThat(api.sent()).hasSize(1);
    }

    @Test
    void awaitSentFailsWithWhatWasSent() throws Exception {
        post("sendMessage", "{\"chat_id\":5,\"text\":\"only this\"}");

        assertThat(api.awaitSentTo(5, 1, Duration.ofSeconds(1))).hasSize(1);
        assertThatThrownBy(() -> api.awaitSent(2, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("only this");
    }

    @Test
    void closeEndsWaitingLongPollsPromptly() {
        CompletableFuture<JsonNode> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return getUpdates(0, 30);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        sleep(300);
        long start = System.nanoTime();
        api.close();
        // Either an empty answer or a broken connection, but soon.
        assertThat(poll.handle((result, failure) -> "ended")).succeedsWithin(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** The real client library: JSON and multipart requests, Update and error parsing. */
    @Test
    void theRealClientUnderstandsTheWireFormat() throws Exception {
        OkHttpClient okHttp = new OkHttpClient();
        try {
            var client = new OkHttpTelegramClient(okHttp, "123:TOKEN", new TelegramUrl("http", "127.0.0.1", api.port(), false));

            assertThat(client.execute(new GetMe()).getUserName()).isEqualTo("workinnl_test_bot");

            assertThat(client.execute(SetWebhook.builder().url("https://bot.example/hook").secretToken("s3cret").build()))
                    .isTrue();
            assertThat(api.webhookUrl()).isEqualTo("https://bot.example/hook");
            assertThat(api.webhookSecret()).isEqualTo("s3cret");
            client.execute(new DeleteWebhook());
            assertThat(api.webhookUrl()).isNull();

            client.execute(SetMyCommands.builder().languageCode("pl").scope(new BotCommandScopeDefault())
                    .commands(List.of(new BotCommand("start", "Start"), new BotCommand("lang", "Język"))).build());
            assertThat(api.commandsByLanguage()).isEqualTo(Map.of("pl", List.of("start", "lang")));
            assertThat(api.commandSets().getFirst().scope().path("type").asText()).isEqualTo("default");

            Message sent = client.execute(SendMessage.builder().chatId(42L).text("<b>Kies</b>").parseMode("HTML")
                    .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                            InlineKeyboardButton.builder().text("Polski").callbackData("lang:pl").build())).build())
                    .build());
            assertThat(sent.getChatId()).isEqualTo(42L);
            assertThat(api.sentTo(42)).singleElement().satisfies(s -> {
                assertThat(s.parseMode()).isEqualTo("HTML");
                assertThat(s.replyMarkup().at("/inline_keyboard/0/0/callback_data").asText()).isEqualTo("lang:pl");
            });

            api.pushCommand(42, "/start", "pl");
            api.pushCallback(42, "lang:pl", sent.getMessageId(), "pl");
            api.pushGroupText(-100, 7, "hej @workinnl_test_bot, pomocy", "pl", true);
            api.pushSticker(42, "pl");
            api.pushPhoto(42, "pl");
            api.pushVoice(42, "pl");
            api.pushDocument(42, null);
            List<Update> updates = client.execute(GetUpdates.builder().offset(0).timeout(0).build());

            assertThat(updates).extracting(Update::getUpdateId).containsExactly(1, 2, 3, 4, 5, 6, 7);
            // getEntities() rather than isCommand(): in this library version isCommand() only works
            // after getEntities() has filled in the entities' texts.
            assertThat(updates.get(0).getMessage().getEntities()).singleElement().satisfies(e -> {
                assertThat(e.getType()).isEqualTo("bot_command");
                assertThat(e.getText()).isEqualTo("/start");
            });
            assertThat(updates.get(0).getMessage().getFrom().getLanguageCode()).isEqualTo("pl");
            assertThat(updates.get(1).getCallbackQuery().getData()).isEqualTo("lang:pl");
            assertThat(updates.get(1).getCallbackQuery().getMessage()).isInstanceOf(Message.class);
            assertThat(((Message) updates.get(1).getCallbackQuery().getMessage()).getText()).isEqualTo("<b>Kies</b>");
            Message group = updates.get(2).getMessage();
            assertThat(group.getChat().isGroupChat()).isTrue();
            assertThat(group.getReplyToMessage().getFrom().getUserName()).isEqualTo("workinnl_test_bot");
            assertThat(group.getEntities()).singleElement().satisfies(e -> {
                assertThat(e.getType()).isEqualTo("mention");
                assertThat(group.getText().substring(e.getOffset(), e.getOffset() + e.getLength()))
                        .isEqualTo("@workinnl_test_bot");
            });
            assertThat(updates.get(3).getMessage().hasSticker()).isTrue();
            assertThat(updates.get(4).getMessage().hasPhoto()).isTrue();
            assertThat(updates.get(5).getMessage().hasVoice()).isTrue();
            assertThat(updates.get(6).getMessage().hasDocument()).isTrue();

            api.failNext("sendMessage", Fault.tooManyRequests(3));
            assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(42L).text("again").build()))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(429);
                        assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
                    });
            assertThat(api.sent()).hasSize(1);
        } finally {
            okHttp.dispatcher().executorService().shutdownNow();
            okHttp.connectionPool().evictAll();
        }
    }

    /**
     * Not the fake's doing but worth knowing: OkHttp (retryOnConnectionFailure, on by default)
     * silently repeats a request once when a reused connection breaks. It takes two drops in a row
     * for the bot to see the failure.
     */
    @Test
    void okHttpRetriesOneDroppedConnectionByItself() throws Exception {
        OkHttpClient okHttp = new OkHttpClient();
        try {
            var client = new OkHttpTelegramClient(okHttp, "123:TOKEN", new TelegramUrl("http", "127.0.0.1", api.port(), false));
            client.execute(new GetMe());

            api.failNext("sendMessage", Fault.dropConnection());
            client.execute(SendMessage.builder().chatId(42L).text("once").build());
            assertThat(api.requestCount("sendMessage")).isEqualTo(2);
            assertThat(api.sent()).hasSize(1);

            api.failNext("sendMessage", Fault.dropConnection());
            api.failNext("sendMessage", Fault.dropConnection());
            assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(42L).text("twice").build()))
                    .isInstanceOf(TelegramApiException.class).hasCauseInstanceOf(IOException.class);
            assertThat(api.requestCount("sendMessage")).isEqualTo(4);
            assertThat(api.sent()).hasSize(1);
        } finally {
            okHttp.dispatcher().executorService().shutdownNow();
            okHttp.connectionPool().evictAll();
        }
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode getUpdates(long offset, int timeoutSeconds) throws Exception {
        return call("getUpdates", "{\"offset\":%d,\"timeout\":%d}".formatted(offset, timeoutSeconds));
    }

    /** The result of a call that must succeed. */
    private JsonNode call(String method, String json) throws Exception {
        HttpResponse<String> response = post(method, json);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body.path("ok").asBoolean()).isTrue();
        return body.path("result");
    }

    private HttpResponse<String> post(String method, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/bot123:TOKEN/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> ids(JsonNode updates) {
        List<Integer> ids = new ArrayList<>();
        updates.forEach(u -> ids.add(u.path("update_id").asInt()));
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
