package nl.workinnl.assistant.telegram;

import java.time.Duration;

/**
 * Telegram's limits for outgoing messages: about one a second in a chat, thirty a second over all
 * chats and twenty a minute in a group ({@code perGroup} in any {@code groupWindow}); how long to
 * wait before retrying after a server or network error.
 */
record SendPolicy(Duration perChat, int perSecond, int perGroup, Duration groupWindow, Duration firstBackoff, Duration maxBackoff) {

    static SendPolicy telegram() {
        return new SendPolicy(Duration.ofSeconds(1), 30, 20, Duration.ofMinutes(1), Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    Duration backoff(int attempt) {
        long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
