package nl.workinnl.assistant.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The bot's settings. Without {@code bot-token} the bot is off.
 *
 * @param botToken      the token from BotFather (environment TELEGRAM_BOT_TOKEN)
 * @param apiUrl        the Bot API base URL (environment TELEGRAM_API_URL), honoured for every call
 * @param mode          {@code polling} (default) or {@code webhook}
 * @param webhookUrl    in webhook mode: the public address of {@code /telegram/webhook}; registered at start-up when set
 * @param webhookSecret in webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token
 * @param pollTimeout   how long one getUpdates call waits for updates
 * @param perChat       the least time between two messages to one chat
 * @param perSecond     the most messages a second over all chats
 * @param perGroup      the most messages to one group in any {@code perGroupWindow}; 0: no such limit
 * @param perGroupWindow the window of {@code perGroup}: Telegram allows 20 a minute in a group
 * @param chatKey       base64 of 32 random bytes shared by all replicas (environment TELEGRAM_CHAT_KEY):
 *                      the key of chat pseudonyms and the outbox; empty: a key file in the data directory
 * @param leaseTtl      how long a replica's claim on sending and polling lasts unless renewed
 * @param leaseRenew    how often the claim is renewed (and tried for by the other replicas)
 * @param outboxScan    how often the sending replica takes the replies the others stored
 * @param feedbackPerMinute helpful / not helpful votes one chat may give a minute; 0 switches the limit off
 */
@ConfigurationProperties("telegram")
public record TelegramProperties(
        String botToken,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        @DefaultValue("polling") Mode mode,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("1s") Duration perChat,
        @DefaultValue("30") int perSecond,
        @DefaultValue("20") int perGroup,
        @DefaultValue("1m") Duration perGroupWindow,
        String chatKey,
        @DefaultValue("10s") Duration leaseTtl,
        @DefaultValue("2s") Duration leaseRenew,
        @DefaultValue("250ms") Duration outboxScan,
        @DefaultValue("10") int feedbackPerMinute) {

    public enum Mode { POLLING, WEBHOOK }

    SendPolicy sendPolicy() {
        SendPolicy telegram = SendPolicy.telegram();
        return new SendPolicy(perChat, perSecond, perGroup, perGroupWindow, telegram.firstBackoff(), telegram.maxBackoff());
    }

    /** The library takes scheme, host and port; a path in the URL is not supported by it. */
    TelegramUrl telegramUrl() {
        URI uri = URI.create(apiUrl.trim());
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }
}
