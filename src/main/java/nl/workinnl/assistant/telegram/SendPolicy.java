package nl.workinnl.assistant.telegram;

import java.time.Duration;

/**
 * Telegram's limits for outgoing messages: about one a second in a chat and thirty a second over
 * all chats; how long to wait before retrying after a server or network error.
 */
record SendPolicy(Duration perChat, int perSecond, Duration firstBackoff, Duration maxBackoff) {

    static SendPolicy telegram() {
        return new SendPolicy(Duration.ofSeconds(1), 30, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    Duration backoff(int attempt) {
        long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
