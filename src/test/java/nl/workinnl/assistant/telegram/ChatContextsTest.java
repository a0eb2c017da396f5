package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.workinnl.assistant.TestDatabase;
import nl.workinnl.assistant.dialogue.ContextCodec;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.testing.MovingClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chats' contexts against the service's own schema on H2, with a clock the test moves. */
class ChatContextsTest {

    private static final Duration TTL = Duration.ofMinutes(30);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-06T12:00:00Z"));
    private JdbcClient jdbc;
    private ChatContexts contexts;

    @BeforeEach
    void database() {
        jdbc = JdbcClient.create(TestDatabase.migratedH2());
        contexts = new ChatContexts(jdbc, new ContextCodec("test secret", TTL, clock), clock);
    }

    private static ConversationContext about(String id) {
        return ConversationContext.about(Language.PL, List.of(id), List.of(id));
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM chat_context").query(Integer.class).single();
    }

    @Test
    void aContextIsKeptWhileTheChatTalks() {
        contexts.remember("chat-a", about("werk-4"));
        clock.advance(Duration.ofMinutes(29));
        assertThat(contexts.of("chat-a").measures()).containsExactly("werk-4");
    }

    @Test
    void theJobDeletesOnlyExpiredContextsAndAnExpiredOneIsNeverRead() {
        contexts.remember("chat-old", about("werk-4"));
        clock.advance(Duration.ofMinutes(20));
        contexts.remember("chat-new", about("huisvesting-1"));
        clock.advance(Duration.ofMinutes(11));

        // Expired but not yet deleted: it is not read.
        assertThat(contexts.of("chat-old")).isEqualTo(ConversationContext.EMPTY);
        assertThat(contexts.deleteExpired()).isEqualTo(1);
        assertThat(rows()).isEqualTo(1);
        assertThat(contexts.of("chat-new").measures()).containsExactly("huisvesting-1");
    }

    @Test
    void rememberingAReplyLeavesOtherChatsRowsToTheJob() {
        contexts.remember("chat-old", about("werk-4"));
        clock.advance(Duration.ofMinutes(31));
        contexts.remember("chat-new", about("huisvesting-1"));
        // A reply writes its own row and touches no other: the purge is the job's.
        assertThat(rows()).isEqualTo(2);
        assertThat(contexts.deleteExpired()).isEqualTo(1);
        assertThat(rows()).isEqualTo(1);
    }
}
