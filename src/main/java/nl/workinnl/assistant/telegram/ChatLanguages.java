package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The language each chat chose, under the chat's pseudonym; it survives restarts. */
final class ChatLanguages {

    private final JdbcClient jdbc;

    ChatLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Language> of(String chatKey) {
        return jdbc.sql("SELECT language FROM chat_language WHERE chat_key = ?").param(chatKey)
                .query(String.class).optional().flatMap(Language::fromCode);
    }

    void choose(String chatKey, Language language) {
        jdbc.sql("MERGE INTO chat_language (chat_key, language, updated_at) KEY (chat_key) VALUES (?, ?, ?)")
                .params(chatKey, language.code(), Timestamp.from(Instant.now())).update();
    }
}
