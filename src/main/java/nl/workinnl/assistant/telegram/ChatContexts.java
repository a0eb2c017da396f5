package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import nl.workinnl.assistant.dialogue.ContextCodec;
import nl.workinnl.assistant.dialogue.ConversationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Each chat's conversation context under the chat's pseudonym, sealed as the API's is, so that a
 * follow-up in Telegram is understood as in the widget. It expires after the codec's time to live
 * (30 minutes of silence by default): it is never read after that, and a job deletes it within the
 * minute, rather than every reply scanning the table for them.
 */
final class ChatContexts {

    private static final Logger log = LoggerFactory.getLogger(ChatContexts.class);

    private final JdbcClient jdbc;
    private final ContextCodec codec;
    private final Clock clock;

    ChatContexts(JdbcClient jdbc, ContextCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
    }

    ConversationContext of(String chatKey) {
        return jdbc.sql("SELECT context FROM chat_context WHERE chat_key = ? AND updated_at >= ?")
                .params(chatKey, Timestamp.from(clock.instant().minus(codec.ttl())))
                .query(String.class).optional().map(codec::decode).orElse(ConversationContext.EMPTY);
    }

    /** Every minute, so that a context is gone at most a minute after it expired, on every replica alike. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    int deleteExpired() {
        int deleted = jdbc.sql("DELETE FROM chat_context WHERE updated_at < ?")
                .param(Timestamp.from(clock.instant().minus(codec.ttl()))).update();
        log.debug("Deleted {} expired chat contexts", deleted);
        return deleted;
    }

    void remember(String chatKey, ConversationContext context) {
        String sealed = codec.encode(context);
        if (sealed.isEmpty()) {
            jdbc.sql("DELETE FROM chat_context WHERE chat_key = ?").param(chatKey).update();
            return;
        }
        jdbc.sql("""
                MERGE INTO chat_context t
                USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(4096)), CAST(? AS TIMESTAMP))) AS s (chat_key, context, updated_at)
                ON t.chat_key = s.chat_key
                WHEN MATCHED THEN UPDATE SET context = s.context, updated_at = s.updated_at
                WHEN NOT MATCHED THEN INSERT (chat_key, context, updated_at) VALUES (s.chat_key, s.context, s.updated_at)
                """)
                .params(chatKey, sealed, Timestamp.from(clock.instant())).update();
    }
}
