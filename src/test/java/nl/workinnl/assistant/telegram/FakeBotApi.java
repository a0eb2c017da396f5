package nl.workinnl.assistant.telegram;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An in-process Telegram Bot API for integration tests. It speaks the real wire format
 * ({@code POST /bot<token>/<method>}, JSON or multipart bodies, {@code {"ok":...}} envelopes), so
 * the real TelegramBots client can be pointed at {@link #baseUrl()}.
 *
 * <p>Tests push updates ({@link #pushText} and friends), which the bot receives through
 * {@code getUpdates} with real long-poll and offset semantics, and observe what the bot did
 * ({@link #sent()}, {@link #awaitSent}, {@link #edits()}, ...). {@link #failNext} injects 429s,
 * 500s, dropped connections and slow answers.
 *
 * <p>All state is guarded by one monitor, which long polls and {@code await*} calls wait on.
 * Requests run on a cached thread pool so a waiting long poll never holds up another request.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final long BOT_ID = 999;
    public static final String BOT_FIRST_NAME = "WorkInNL";
    public static final String BOT_USERNAME = "workinnl_test_bot";
    /** Telegram's limit on a message text, counted after entity parsing. */
    public static final int MAX_TEXT_LENGTH = 4096;
    /** Telegram's limit on a button's callback_data, in bytes. */
    public static final int MAX_CALLBACK_DATA_BYTES = 64;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_UPDATES_PER_POLL = 100;
    private static final String GROUP_TITLE = "Test group";
    private static final String USER_FIRST_NAME = "Tester";
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    // [;\s] before "name" keeps it from matching the tail of "filename".
    private static final Pattern PART_NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern PART_FILENAME = Pattern.compile("(?i)[;\\s]filename=");
    // Telegram's HTML mode knows all numeric entities but only these four named ones.
    private static final Pattern HTML_ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");
    private static final Set<String> HTML_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");

    /** A sendMessage the bot made. {@code nanos} is {@link System#nanoTime()} when the request arrived. */
    public record Sent(long chatId, String text, String parseMode, JsonNode replyMarkup, long nanos) {}

    /** An editMessageText the bot made. {@code nanos} is {@link System#nanoTime()} when the request arrived. */
    public record Edit(long chatId, int messageId, String text, String parseMode, JsonNode replyMarkup, long nanos) {}

    /** One setMyCommands call: the command names in order, its language_code ("" for none) and scope (may be null). */
    public record CommandSet(List<String> commands, String languageCode, JsonNode scope) {}

    /** What to do instead of (or before) answering a request; see {@link #failNext}. */
    public sealed interface Fault {

        /** HTTP 429 with {@code parameters.retry_after}. */
        static Fault tooManyRequests(int retryAfterSeconds) {
            return new TooManyRequests(retryAfterSeconds);
        }

        /** HTTP 500 "Internal Server Error". */
        static Fault serverError() {
            return new ServerError();
        }

        /** The request is read and the connection closed without any response. */
        static Fault dropConnection() {
            return new DropConnection();
        }

        /** Waits, then answers normally (and so, for sendMessage, delivers). */
        static Fault slow(Duration delay) {
            return new Slow(delay);
        }

        record TooManyRequests(int retryAfterSeconds) implements Fault {}

        record ServerError() implements Fault {}

        record DropConnection() implements Fault {}

        record Slow(Duration delay) implements Fault {}
    }

    /** A message the bot sent, remembered so that callbacks and replies can quote it. */
    private record BotMessage(long chatId, int date, String text, JsonNode replyMarkup) {}

    private record Reply(int status, ObjectNode body) {}

    /** A request Telegram would refuse with 400; the message becomes the description. */
    private static final class BadRequest extends Exception {
        BadRequest(String reason) {
            super("Bad Request: " + reason, null, false, false);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();

    // Everything below is guarded by lock.
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    /** getUpdates calls waiting at this moment, and the most there ever were: two pollers would make two. */
    private final AtomicInteger pollsWaiting = new AtomicInteger();
    private final AtomicInteger mostPollsWaiting = new AtomicInteger();
    private int nextUpdateId = 1;
    private int nextMessageId = 1;
    private int nextCallbackId = 1;
    private int nextFileId = 1;
    private final Map<Long, ObjectNode> chats = new HashMap<>();
    private final Map<Integer, BotMessage> botMessages = new HashMap<>();
    private final Map<Long, Integer> lastBotMessageInChat = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<String> callbackAnswers = new ArrayList<>();
    private final List<String> callbackAnswerTexts = new ArrayList<>();
    private final List<CommandSet> commandSets = new ArrayList<>();
    private final Map<String, List<String>> commandsByLanguage = new LinkedHashMap<>();
    private String webhookUrl;
    private String webhookSecret;
    private final Map<String, Integer> requestCounts = new HashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Integer> holdAfter = new HashMap<>();
    private final Map<String, Integer> passedHold = new HashMap<>();
    private final Map<String, Integer> held = new HashMap<>();
    private boolean closed;

    private FakeBotApi() throws IOException {
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-bot-api-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fake Bot API", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without the {@code /bot<token>} part, which the client adds. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once: waiting long polls wake up (and find their connection gone), await calls fail. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        // Interrupts handlers sleeping in a slow fault.
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- pushing updates

    /** A text message in the private chat {@code chatId} from the user with the same id. */
    public int pushText(long chatId, String text, String languageCode) {
        ObjectNode message = newMessage(privateChat(chatId), user(chatId, languageCode));
        message.put("text", text);
        return push("message", message);
    }

    /**
     * A text message as {@link #pushText} makes it, then changed by {@code tamper}: for updates that
     * Telegram's format allows but a client may fail to decode (a huge id, a field of another type).
     */
    public int pushTextTampered(long chatId, String text, String languageCode, Consumer<ObjectNode> tamper) {
        ObjectNode message = newMessage(privateChat(chatId), user(chatId, languageCode));
        message.put("text", text);
        tamper.accept(message);
        return push("message", message);
    }

    /**
     * A text message in the group {@code chatId} from user {@code fromId}. {@code replyToBot} makes it
     * a reply to the bot's last message in that group (or to an invented one if it sent none); every
     * {@code @workinnl_test_bot} in the text gets a mention entity.
     */
    public int pushGroupText(long chatId, long fromId, String text, String languageCode, boolean replyToBot) {
        ObjectNode chat = groupChat(chatId);
        ObjectNode message = newMessage(chat, user(fromId, languageCode));
        message.put("text", text);
        ArrayNode entities = JSON.createArrayNode();
        String mention = "@" + BOT_USERNAME;
        // String indices are UTF-16 code units, which is what Telegram's offsets count.
        for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + mention.length())) {
            entities.add(entity("mention", at, mention.length()));
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        if (replyToBot) {
            message.set("reply_to_message", repliedBotMessage(chatId, chat));
        }
        return push("message", message);
    }

    /**
     * A command such as {@code "/start"} or {@code "/lang pl"} in a private chat, with a
     * bot_command entity over the command word.
     */
    public int pushCommand(long chatId, String command, String languageCode) {
        if (!command.startsWith("/")) {
            throw new IllegalArgumentException("A command starts with '/': " + command);
        }
        ObjectNode message = newMessage(privateChat(chatId), user(chatId, languageCode));
        message.put("text", command);
        int end = 0;
        while (end < command.length() && !Character.isWhitespace(command.charAt(end))) {
            end++;
        }
        message.set("entities", JSON.createArrayNode().add(entity("bot_command", 0, end)));
        return push("message", message);
    }

    /**
     * A press on an inline button with {@code data}, under the bot's message {@code messageId} in the
     * private chat {@code chatId}. The quoted message carries the text and keyboard the bot gave it,
     * if the bot sent it through this server.
     */
    public int pushCallback(long chatId, String data, long messageId, String languageCode) {
        ObjectNode query = JSON.createObjectNode();
        synchronized (lock) {
            query.put("id", String.valueOf(nextCallbackId++));
            BotMessage original = botMessages.get(Math.toIntExact(messageId));
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", messageId);
            message.set("from", botUser());
            message.set("chat", knownChat(chatId));
            // A date of 0 would make the client read it as an InaccessibleMessage.
            message.put("date", original != null ? original.date() : now());
            message.put("text", original != null ? original.text() : "");
            if (original != null && isInlineKeyboard(original.replyMarkup())) {
                message.set("reply_markup", original.replyMarkup());
            }
            query.set("from", user(chatId, languageCode));
            query.set("message", message);
            query.put("chat_instance", "ci" + chatId);
            query.put("data", data);
        }
        return push("callback_query", query);
    }

    public int pushSticker(long chatId, String languageCode) {
        ObjectNode sticker = file("sticker");
        sticker.put("type", "regular");
        sticker.put("width", 512);
        sticker.put("height", 512);
        sticker.put("is_animated", false);
        sticker.put("is_video", false);
        return pushMedia(chatId, languageCode, "sticker", sticker);
    }

    public int pushPhoto(long chatId, String languageCode) {
        // Telegram sends every size it made, smallest first.
        ObjectNode small = file("photo");
        small.put("width", 90);
        small.put("height", 67);
        ObjectNode large = file("photo");
        large.put("width", 1280);
        large.put("height", 960);
        return pushMedia(chatId, languageCode, "photo", JSON.createArrayNode().add(small).add(large));
    }

    public int pushVoice(long chatId, String languageCode) {
        ObjectNode voice = file("voice");
        voice.put("duration", 3);
        voice.put("mime_type", "audio/ogg");
        return pushMedia(chatId, languageCode, "voice", voice);
    }

    public int pushDocument(long chatId, String languageCode) {
        ObjectNode document = file("document");
        document.put("file_name", "contract.pdf");
        document.put("mime_type", "application/pdf");
        return pushMedia(chatId, languageCode, "document", document);
    }

    private int pushMedia(long chatId, String languageCode, String field, JsonNode media) {
        ObjectNode message = newMessage(privateChat(chatId), user(chatId, languageCode));
        message.set(field, media);
        return push("message", message);
    }

    private int push(String kind, ObjectNode payload) {
        synchronized (lock) {
            int id = nextUpdateId++;
            ObjectNode update = JSON.createObjectNode();
            update.put("update_id", id);
            update.set(kind, payload);
            updates.addLast(update);
            lock.notifyAll();
            return id;
        }
    }

    // ---------------------------------------------------------------- fault injection

    /**
     * Makes the next request of {@code method} (e.g. "sendMessage") meet {@code fault}; faults for
     * one method apply in the order given, one per request. Failed requests are counted by
     * {@link #requestCount} but have no effect: a failed sendMessage is not in {@link #sent()}.
     */
    public void failNext(String method, Fault fault) {
        synchronized (lock) {
            faults.computeIfAbsent(key(method), k -> new ArrayDeque<>()).addLast(fault);
        }
    }

    /**
     * Lets the next {@code passing} requests of {@code method} through, then holds every later one:
     * its connection stays open with no answer and the request has no effect, as if Telegram never
     * got it, until {@link #releaseHeld} drops it. For killing a client while requests are in flight.
     */
    public void holdAfter(String method, int passing) {
        synchronized (lock) {
            holdAfter.put(key(method), passing);
            passedHold.put(key(method), 0);
        }
    }

    /** Ends {@link #holdAfter}: held requests have their connection dropped, later ones are answered. */
    public void releaseHeld(String method) {
        synchronized (lock) {
            holdAfter.remove(key(method));
            lock.notifyAll();
        }
    }

    /** Requests of {@code method} held by {@link #holdAfter} so far. */
    public int heldCount(String method) {
        synchronized (lock) {
            return held.getOrDefault(key(method), 0);
        }
    }

    /** True when the request must be held: under the lock, as {@link #process} decides. */
    private boolean holds(String method) {
        Integer passing = holdAfter.get(key(method));
        if (passing == null) {
            return false;
        }
        if (passedHold.merge(key(method), 1, Integer::sum) <= passing) {
            return false;
        }
        held.merge(key(method), 1, Integer::sum);
        lock.notifyAll();
        return true;
    }

    // ---------------------------------------------------------------- observation

    public List<Sent> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    public List<Sent> sentTo(long chatId) {
        synchronized (lock) {
            return sent.stream().filter(s -> s.chatId() == chatId).toList();
        }
    }

    public List<Edit> edits() {
        synchronized (lock) {
            return List.copyOf(edits);
        }
    }

    /** The callback_query_id of every answerCallbackQuery, in order. */
    /** The id of the bot's last message to the chat, for pressing its buttons. */
    public int lastMessageTo(long chatId) {
        synchronized (lock) {
            return lastBotMessageInChat.get(chatId);
        }
    }

    public List<String> callbackAnswers() {
        synchronized (lock) {
            return List.copyOf(callbackAnswers);
        }
    }

    /** The text of every answerCallbackQuery ("" for none), in the order of {@link #callbackAnswers}. */
    public List<String> callbackAnswerTexts() {
        synchronized (lock) {
            return List.copyOf(callbackAnswerTexts);
        }
    }

    /** Every setMyCommands call, in order. */
    public List<CommandSet> commandSets() {
        synchronized (lock) {
            return List.copyOf(commandSets);
        }
    }

    /**
     * The command names currently set per language_code ("" for none). The scope is not part of the
     * key: the last setMyCommands for a language wins, deleteMyCommands removes it.
     */
    public Map<String, List<String>> commandsByLanguage() {
        synchronized (lock) {
            return Map.copyOf(commandsByLanguage);
        }
    }

    /** The webhook currently set, or null (never set, or removed by deleteWebhook). */
    public String webhookUrl() {
        synchronized (lock) {
            return webhookUrl;
        }
    }

    public String webhookSecret() {
        synchronized (lock) {
            return webhookSecret;
        }
    }

    /** Requests of {@code method} received so far, failed ones included. */
    public int requestCount(String method) {
        synchronized (lock) {
            return requestCounts.getOrDefault(key(method), 0);
        }
    }

    /**
     * Updates not yet confirmed: pushed ones that no getUpdates offset has moved past, whether or
     * not they were already delivered once.
     */
    public int pendingUpdates() {
        synchronized (lock) {
            return updates.size();
        }
    }

    /** Waits until at least {@code total} sendMessage calls were recorded; returns them all. */
    public List<Sent> awaitSent(int total, Duration timeout) {
        return awaitSent(s -> true, total, timeout, "");
    }

    /** Waits until at least {@code count} sendMessage calls to {@code chatId} were recorded; returns those. */
    public List<Sent> awaitSentTo(long chatId, int count, Duration timeout) {
        return awaitSent(s -> s.chatId() == chatId, count, timeout, " to chat " + chatId);
    }

    private List<Sent> awaitSent(Predicate<Sent> filter, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Sent> matching = sent.stream().filter(filter).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    throw new AssertionError("Expected at least %d sendMessage calls%s within %s, got %d. All sent: %s"
                            .formatted(count, what, timeout, matching.size(), describe(sent)));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for sendMessage calls" + what, e);
                }
            }
        }
    }

    /**
     * Waits until {@code condition} (which may call this server's methods) holds; it is checked
     * whenever the server's state changes. Fails naming {@code what} after {@code timeout}.
     */
    public void await(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.getAsBoolean()) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    throw new AssertionError("Expected " + what + " within " + timeout + ". All sent: " + describe(sent));
                }
                try {
                    // Bounded, since a condition may also depend on something outside this server.
                    TimeUnit.NANOSECONDS.timedWait(lock, Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for " + what, e);
                }
            }
        }
    }

    private static String describe(List<Sent> messages) {
        return messages.stream().map(s -> s.chatId() + ": \"" + s.text() + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) {
        long received = System.nanoTime();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply = process(exchange, body, received);
            if (reply == null) {
                // Closing an exchange before its response headers were sent closes the TCP
                // connection: the client sees the stream end without a response.
                return;
            }
            byte[] bytes = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client went away (or the server is closing); nobody is left to answer.
        }
    }

    /** The reply to send, or null to drop the connection. */
    private Reply process(HttpExchange exchange, byte[] body, long received) {
        // /bot<token>/<method>, or /bot<token>/test/<method> for Telegram's test environment.
        String[] segments = exchange.getRequestURI().getPath().split("/");
        if (segments.length < 3 || !segments[1].startsWith("bot") || segments[1].length() == 3) {
            return error(404, "Not Found");
        }
        String method = segments[segments.length - 1];
        Fault fault;
        synchronized (lock) {
            requestCounts.merge(key(method), 1, Integer::sum);
            Deque<Fault> queue = faults.get(key(method));
            fault = queue == null ? null : queue.pollFirst();
        }
        try {
            synchronized (lock) {
                if (holds(method)) {
                    while (holdAfter.containsKey(key(method)) && !closed) {
                        lock.wait();
                    }
                    return null;
                }
            }
            switch (fault) {
                case null -> { }
                case Fault.TooManyRequests f -> {
                    Reply reply = error(429, "Too Many Requests: retry after " + f.retryAfterSeconds());
                    reply.body().putObject("parameters").put("retry_after", f.retryAfterSeconds());
                    return reply;
                }
                case Fault.ServerError f -> {
                    return error(500, "Internal Server Error");
                }
                case Fault.DropConnection f -> {
                    return null;
                }
                case Fault.Slow f -> Thread.sleep(f.delay());
            }
            return dispatch(method, params(exchange, body), received);
        } catch (BadRequest e) {
            return error(400, e.getMessage());
        } catch (InterruptedException e) {
            // close() interrupted a slow fault or a long poll: the server is going away.
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException e) {
            // A bug in this fake; say so rather than leave the client guessing.
            return error(500, "Internal Server Error: " + e);
        }
    }

    private Reply dispatch(String method, ObjectNode params, long received) throws BadRequest, InterruptedException {
        // Telegram matches method names case-insensitively.
        return switch (key(method)) {
            case "getme" -> ok(botUser());
            case "getupdates" -> getUpdates(params);
            case "deletewebhook" -> deleteWebhook(params);
            case "setwebhook" -> setWebhook(params);
            case "setmycommands" -> setMyCommands(params);
            case "deletemycommands" -> deleteMyCommands(params);
            case "sendmessage" -> sendMessage(params, received);
            case "editmessagetext" -> editMessageText(params, received);
            case "answercallbackquery" -> answerCallbackQuery(params);
            default -> error(404, "Not Found: method not found");
        };
    }

    // ---------------------------------------------------------------- methods

    /** The most {@code getUpdates} calls that were ever waiting at once: more than one means more than one poller. */
    public int mostPollsAtOnce() {
        return mostPollsWaiting.get();
    }

    private Reply getUpdates(ObjectNode params) throws InterruptedException {
        mostPollsWaiting.accumulateAndGet(pollsWaiting.incrementAndGet(), Math::max);
        try {
            return waitForUpdates(params);
        } finally {
            pollsWaiting.decrementAndGet();
        }
    }

    private Reply waitForUpdates(ObjectNode params) throws InterruptedException {
        long offset = params.path("offset").asLong(0);
        int limit = params.path("limit").asInt(0);
        limit = limit <= 0 ? MAX_UPDATES_PER_POLL : Math.min(limit, MAX_UPDATES_PER_POLL);
        long timeoutNanos = TimeUnit.SECONDS.toNanos(Math.max(0, params.path("timeout").asLong(0)));
        ArrayNode result = JSON.createArrayNode();
        synchronized (lock) {
            if (webhookUrl != null) {
                return error(409, "Conflict: can't use getUpdates method while webhook is active;"
                        + " use deleteWebhook to delete the webhook first");
            }
            confirm(offset);
            long deadline = System.nanoTime() + timeoutNanos;
            while (updates.isEmpty() && !closed) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, remaining);
            }
            updates.stream().limit(limit).forEach(result::add);
        }
        return ok(result);
    }

    /** Forgets the updates an offset confirms: those below it, or for a negative offset all but the last -offset. */
    private void confirm(long offset) {
        if (offset > 0) {
            while (!updates.isEmpty() && updates.peekFirst().get("update_id").asLong() < offset) {
                updates.removeFirst();
            }
        } else if (offset < 0) {
            while (updates.size() > -offset) {
                updates.removeFirst();
            }
        }
    }

    private Reply deleteWebhook(ObjectNode params) {
        synchronized (lock) {
            webhookUrl = null;
            webhookSecret = null;
            if (params.path("drop_pending_updates").asBoolean(false)) {
                updates.clear();
            }
        }
        return ok(BooleanNode.TRUE);
    }

    private Reply setWebhook(ObjectNode params) {
        String url = params.path("url").asText("");
        synchronized (lock) {
            // An empty url removes the webhook, as in the real API.
            webhookUrl = url.isEmpty() ? null : url;
            webhookSecret = params.hasNonNull("secret_token") ? params.get("secret_token").asText() : null;
            if (params.path("drop_pending_updates").asBoolean(false)) {
                updates.clear();
            }
        }
        return ok(BooleanNode.TRUE);
    }

    private Reply setMyCommands(ObjectNode params) throws BadRequest {
        JsonNode commands = json(params, "commands");
        if (commands == null || !commands.isArray() || commands.size() > 100) {
            throw new BadRequest("commands must be an array of at most 100 BotCommand");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode command : commands) {
            String name = command.path("command").asText("");
            int descriptionLength = command.path("description").asText("").strip().length();
            if (!COMMAND_NAME.matcher(name).matches()) {
                throw new BadRequest("BOT_COMMAND_INVALID");
            }
            if (descriptionLength == 0 || descriptionLength > 256) {
                throw new BadRequest("command description must be 1-256 characters: " + name);
            }
            names.add(name);
        }
        String language = params.path("language_code").asText("");
        synchronized (lock) {
            commandSets.add(new CommandSet(List.copyOf(names), language, json(params, "scope")));
            commandsByLanguage.put(language, List.copyOf(names));
        }
        return ok(BooleanNode.TRUE);
    }

    private Reply deleteMyCommands(ObjectNode params) {
        synchronized (lock) {
            commandsByLanguage.remove(params.path("language_code").asText(""));
        }
        return ok(BooleanNode.TRUE);
    }

    private Reply sendMessage(ObjectNode params, long received) throws BadRequest {
        long chatId = chatId(params);
        String text = params.path("text").asText("");
        String parseMode = params.hasNonNull("parse_mode") ? params.get("parse_mode").asText() : null;
        JsonNode markup = json(params, "reply_markup");
        checkText(text, parseMode);
        checkMarkup(markup);
        int messageId;
        int date = now();
        synchronized (lock) {
            messageId = nextMessageId++;
            sent.add(new Sent(chatId, text, parseMode, markup, received));
            botMessages.put(messageId, new BotMessage(chatId, date, text, markup));
            lastBotMessageInChat.put(chatId, messageId);
            lock.notifyAll();
        }
        return ok(botMessage(messageId, chatId, date, text, markup));
    }

    private Reply editMessageText(ObjectNode params, long received) throws BadRequest {
        long chatId = chatId(params);
        int messageId = params.path("message_id").asInt(0);
        String text = params.path("text").asText("");
        String parseMode = params.hasNonNull("parse_mode") ? params.get("parse_mode").asText() : null;
        JsonNode markup = json(params, "reply_markup");
        checkText(text, parseMode);
        checkMarkup(markup);
        int date;
        synchronized (lock) {
            BotMessage original = botMessages.get(messageId);
            date = original != null ? original.date() : now();
            edits.add(new Edit(chatId, messageId, text, parseMode, markup, received));
            botMessages.put(messageId, new BotMessage(chatId, date, text, markup));
        }
        ObjectNode message = botMessage(messageId, chatId, date, text, markup);
        message.put("edit_date", now());
        return ok(message);
    }

    private Reply answerCallbackQuery(ObjectNode params) throws BadRequest {
        String id = params.path("callback_query_id").asText("");
        if (id.isEmpty()) {
            throw new BadRequest("query is too old and response timeout expired or query ID is invalid");
        }
        synchronized (lock) {
            callbackAnswers.add(id);
            callbackAnswerTexts.add(params.path("text").asText(""));
        }
        return ok(BooleanNode.TRUE);
    }

    // ---------------------------------------------------------------- validation as Telegram does it

    private static long chatId(ObjectNode params) throws BadRequest {
        // The client sends chat_id as a string; "@channel" names are not supported here.
        String raw = params.path("chat_id").asText("");
        if (raw.isEmpty()) {
            throw new BadRequest("chat_id is empty");
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest("chat not found");
        }
    }

    /**
     * Refuses what Telegram refuses: an empty text, a text over {@link #MAX_TEXT_LENGTH} after entity
     * parsing, malformed HTML. Lengths count code points, which can only be lenient. Markdown modes
     * are not checked (their parsed length is not computed here).
     */
    private static void checkText(String text, String parseMode) throws BadRequest {
        if (text.isBlank()) {
            throw new BadRequest("message text is empty");
        }
        int length;
        if (parseMode == null || parseMode.isEmpty()) {
            length = text.codePointCount(0, text.length());
        } else if (parseMode.equalsIgnoreCase("HTML")) {
            length = visibleHtmlLength(text);
        } else {
            return;
        }
        if (length == 0) {
            throw new BadRequest("message text is empty");
        }
        if (length > MAX_TEXT_LENGTH) {
            throw new BadRequest("message is too long");
        }
    }

    /** Checks tags the way Telegram's HTML mode does and returns the length of the text they leave. */
    private static int visibleHtmlLength(String html) throws BadRequest {
        Deque<String> open = new ArrayDeque<>();
        Matcher entity = HTML_ENTITY.matcher(html);
        int visible = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                if (end < 0) {
                    throw new BadRequest("can't parse entities: Can't find end of the entity starting at byte offset "
                            + utf8Offset(html, i));
                }
                String tag = html.substring(i + 1, end).strip();
                boolean closing = tag.startsWith("/");
                String name = (closing ? tag.substring(1) : tag).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
                if (closing) {
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        throw new BadRequest("can't parse entities: Unmatched end tag at byte offset %d, found \"</%s>\""
                                .formatted(utf8Offset(html, i), name));
                    }
                    open.pop();
                } else {
                    if (!HTML_TAGS.contains(name)) {
                        throw new BadRequest("can't parse entities: Unsupported start tag \"%s\" at byte offset %d"
                                .formatted(name, utf8Offset(html, i)));
                    }
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&' && entity.region(i, html.length()).lookingAt()) {
                visible++;
                i = entity.end();
            } else {
                visible++;
                i += Character.charCount(html.codePointAt(i));
            }
        }
        if (!open.isEmpty()) {
            throw new BadRequest("can't parse entities: Can't find end tag corresponding to start tag \""
                    + open.peek() + "\"");
        }
        return visible;
    }

    /** The index of the '>' closing the tag that starts at {@code start}, skipping quoted attribute values. */
    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int utf8Offset(String text, int index) {
        return text.substring(0, index).getBytes(UTF_8).length;
    }

    /** Telegram refuses an inline button whose callback_data is over 64 bytes. */
    private static void checkMarkup(JsonNode markup) throws BadRequest {
        if (!isInlineKeyboard(markup)) {
            return;
        }
        for (JsonNode row : markup.get("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("callback_data").asText("").getBytes(UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
                    throw new BadRequest("BUTTON_DATA_INVALID");
                }
            }
        }
    }

    private static boolean isInlineKeyboard(JsonNode markup) {
        return markup != null && markup.path("inline_keyboard").isArray();
    }

    // ---------------------------------------------------------------- request parsing

    /** The request's parameters from the query string and the body, whatever its encoding. */
    private static ObjectNode params(HttpExchange exchange, byte[] body) throws BadRequest {
        ObjectNode params = JSON.createObjectNode();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            parseUrlEncoded(query, params);
        }
        if (body.length == 0) {
            return params;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            try {
                JsonNode tree = JSON.readTree(body);
                if (!tree.isObject()) {
                    throw new BadRequest("request body must be a JSON object");
                }
                params.setAll((ObjectNode) tree);
            } catch (IOException e) {
                throw new BadRequest("can't parse JSON: " + e.getMessage());
            }
        } else if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (!boundary.find()) {
                throw new BadRequest("multipart body without boundary");
            }
            parseMultipart(body, boundary.group(1) != null ? boundary.group(1) : boundary.group(2), params);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            parseUrlEncoded(new String(body, UTF_8), params);
        } else {
            throw new BadRequest("unsupported content type " + contentType);
        }
        return params;
    }

    private static void parseUrlEncoded(String form, ObjectNode into) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
            into.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8));
        }
    }

    /**
     * Reads the text fields of a multipart/form-data body (OkHttp's: CRLF line ends, a
     * Content-Disposition per part). Uploaded files are noted as "(file)", not kept.
     */
    private static void parseMultipart(byte[] body, String boundary, ObjectNode into) {
        // ISO-8859-1 maps each byte to one char, so splitting on the ASCII delimiter is byte-exact
        // and a value's bytes can be decoded as UTF-8 afterwards.
        String raw = new String(body, ISO_8859_1);
        for (String part : raw.split(Pattern.quote("--" + boundary))) {
            if (part.startsWith("--")) {
                break; // the closing delimiter
            }
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue; // the (empty) preamble
            }
            String headers = part.substring(0, headersEnd);
            Matcher name = PART_NAME.matcher(headers);
            if (!name.find()) {
                continue;
            }
            String value = part.substring(headersEnd + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            into.put(name.group(1), PART_FILENAME.matcher(headers).find()
                    ? "(file)" : new String(value.getBytes(ISO_8859_1), UTF_8));
        }
    }

    /** A parameter that holds JSON: an object or array in a JSON body, a string in a form. */
    private static JsonNode json(ObjectNode params, String name) throws BadRequest {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            return value;
        }
        try {
            return JSON.readTree(value.asText());
        } catch (JsonProcessingException e) {
            throw new BadRequest("can't parse " + name + " JSON object");
        }
    }

    // ---------------------------------------------------------------- JSON shapes

    private static Reply ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", true);
        body.set("result", result);
        return new Reply(200, body);
    }

    private static Reply error(int code, String description) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", false);
        body.put("error_code", code);
        body.put("description", description);
        return new Reply(code, body);
    }

    private static ObjectNode botUser() {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", BOT_ID);
        user.put("is_bot", true);
        user.put("first_name", BOT_FIRST_NAME);
        user.put("username", BOT_USERNAME);
        return user;
    }

    private static ObjectNode user(long id, String languageCode) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", USER_FIRST_NAME);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    private ObjectNode privateChat(long chatId) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", "private");
        chat.put("first_name", USER_FIRST_NAME);
        synchronized (lock) {
            chats.put(chatId, chat);
        }
        return chat;
    }

    private ObjectNode groupChat(long chatId) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", "group");
        chat.put("title", GROUP_TITLE);
        synchronized (lock) {
            chats.put(chatId, chat);
        }
        return chat;
    }

    private ObjectNode newMessage(ObjectNode chat, ObjectNode from) {
        ObjectNode message = JSON.createObjectNode();
        synchronized (lock) {
            // One counter for users' and the bot's messages keeps every message_id unique.
            message.put("message_id", nextMessageId++);
        }
        message.set("from", from);
        message.set("chat", chat);
        message.put("date", now());
        return message;
    }

    /** The bot's message as the API returns it. */
    private ObjectNode botMessage(int messageId, long chatId, int date, String text, JsonNode markup) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", botUser());
        message.set("chat", knownChat(chatId));
        message.put("date", date);
        message.put("text", text);
        // Telegram echoes inline keyboards only; reply keyboards are not part of the message.
        if (isInlineKeyboard(markup)) {
            message.set("reply_markup", markup);
        }
        return message;
    }

    /** The chat as last pushed by the test, or else a private chat. */
    private ObjectNode knownChat(long chatId) {
        synchronized (lock) {
            ObjectNode chat = chats.get(chatId);
            if (chat != null) {
                return chat.deepCopy();
            }
        }
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", "private");
        return chat;
    }

    private ObjectNode repliedBotMessage(long chatId, ObjectNode chat) {
        synchronized (lock) {
            Integer id = lastBotMessageInChat.get(chatId);
            BotMessage original = id == null ? null : botMessages.get(id);
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", id != null ? id : nextMessageId++);
            message.set("from", botUser());
            message.set("chat", chat.deepCopy());
            message.put("date", original != null ? original.date() : now());
            message.put("text", original != null ? original.text() : "…");
            return message;
        }
    }

    private static ObjectNode entity(String type, int offset, int length) {
        ObjectNode entity = JSON.createObjectNode();
        entity.put("type", type);
        entity.put("offset", offset);
        entity.put("length", length);
        return entity;
    }

    private ObjectNode file(String kind) {
        ObjectNode file = JSON.createObjectNode();
        synchronized (lock) {
            int n = nextFileId++;
            file.put("file_id", kind + "-" + n);
            file.put("file_unique_id", "u" + kind + n);
        }
        return file;
    }

    private static int now() {
        return (int) Instant.now().getEpochSecond();
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
