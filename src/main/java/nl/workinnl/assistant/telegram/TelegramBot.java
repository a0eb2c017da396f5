package nl.workinnl.assistant.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.workinnl.assistant.knowledge.CurrentKnowledge;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.Messages;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Starts and stops the bot with the service: learns its name, registers its commands in every
 * language, sets or removes the webhook, and runs the poller and the outbox. On stop it finishes
 * the work in hand and closes the HTTP client's threads too, which the library leaves running, so
 * that the JVM exits promptly.
 */
final class TelegramBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> COMMANDS = List.of("start", "help", "lang", "themes", "status", "following", "unfollow", "privacy", "forget");
    /** How long sends in flight may take to finish when the service stops. */
    private static final Duration SEND_GRACE = Duration.ofSeconds(10);

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramProperties properties;
    private final Conversation conversation;
    private final OutboxSender sender;
    private final UpdatePoller poller;
    private final UpdateProcessor processor;
    private final CurrentKnowledge knowledge;
    private final Leadership leadership;
    private volatile boolean running;

    TelegramBot(TelegramClient client, OkHttpClient http, TelegramProperties properties, Conversation conversation,
                OutboxSender sender, UpdatePoller poller, UpdateProcessor processor, CurrentKnowledge knowledge, LeaderLease lease,
                Duration renew) {
        this.client = client;
        this.http = http;
        this.properties = properties;
        this.conversation = conversation;
        this.sender = sender;
        this.poller = poller;
        this.processor = processor;
        this.knowledge = knowledge;
        this.leadership = new Leadership(lease, renew, new Leadership.Duty() {
            @Override
            public void lead() {
                sender.lead();
                if (properties.mode() == TelegramProperties.Mode.POLLING) {
                    poller.start(); // of several replicas exactly one polls
                }
            }

            @Override
            public void follow() {
                poller.stop();
                sender.follow();
            }
        });
    }

    @Override
    public void start() {
        try {
            conversation.botUsername(client.execute(new GetMe()).getUserName());
            registerCommands();
            if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
                if (properties.webhookUrl() != null && !properties.webhookUrl().isBlank()) {
                    client.execute(SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret()).build());
                }
            } else {
                client.execute(DeleteWebhook.builder().build());
            }
        } catch (TelegramApiException e) {
            // The Bot API may be unreachable for a while; the rest of the service runs, polling retries.
            log.warn("Telegram set-up failed ({}); the bot keeps trying to receive updates", e.toString());
        }
        processor.forgetOlderThan(Instant.now().minus(Duration.ofDays(2)));
        sender.start();
        leadership.start();
        running = true;
        log.info("Telegram bot started in {} mode", properties.mode().name().toLowerCase());
    }

    private void registerCommands() throws TelegramApiException {
        Messages messages = knowledge.get().messages();
        for (Language language : Language.values()) {
            List<BotCommand> commands = new ArrayList<>();
            for (String command : COMMANDS) {
                commands.add(new BotCommand(command, messages.text(language, "bot.command." + command)));
            }
            SetMyCommands.SetMyCommandsBuilder<?, ?> set = SetMyCommands.builder().commands(commands)
                    .scope(new BotCommandScopeDefault());
            // English is also the default for every other language.
            client.execute(set.languageCode(language.code()).build());
            if (language == Language.EN) {
                client.execute(SetMyCommands.builder().commands(commands).scope(new BotCommandScopeDefault()).build());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        // In order: no more updates are taken (the one in hand is finished), sends in flight finish
        // and are marked sent, and only then does Spring close the database.
        leadership.stopTrying();
        poller.stop();
        boolean drained = sender.drain(SEND_GRACE);
        if (!drained) {
            // A send held up by a slow Telegram fails instead; its reply stays in the outbox for the next start.
            log.warn("Sends still in flight after {} s are cancelled; they are retried after the restart", SEND_GRACE.toSeconds());
            http.dispatcher().cancelAll();
            sender.awaitStopped(Duration.ofSeconds(5));
        }
        // Only now may another replica take over: nothing of this one is in flight any more.
        leadership.release();
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        log.info("Telegram bot stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Below the web server's phases (DEFAULT_PHASE - 1024 for its graceful shutdown, - 2048 for
        // start and stop): starts before it and stops after it, so webhook deliveries in progress
        // are finished before the bot stops, and none finds it stopped.
        return DEFAULT_PHASE - 4096;
    }

}
