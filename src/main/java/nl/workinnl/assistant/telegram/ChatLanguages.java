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
        // Standard MERGE: the same statement runs on H2 and PostgreSQL (15+).
        jdbc.sql("""
                MERGE INTO chat_language t
                USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(2)), CAST(? AS TIMESTAMP))) AS s (chat_key, language, updated_at)
                ON t.chat_key = s.chat_key
                WHEN MATCHED THEN UPDATE SET language = s.language, updated_at = s.updated_at
                WHEN NOT MATCHED THEN INSERT (chat_key, language, updated_at) VALUES (s.chat_key, s.language, s.updated_at)
                """)
                .params(chatKey, language.code(), Timestamp.from(Instant.now())).update();
    }
}
