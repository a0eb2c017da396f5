package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What each chat follows, under its pseudonym (see V4__follow.sql). */
final class Follows {

    /** A chat to tell of a change: where to send it, its language when it followed, and what it follows that matched. */
    record Follower(String chatKey, byte[] sealedChatId, Language language, List<FollowSubject> subjects) {}

    private final JdbcClient jdbc;
    private final FollowerAddress address;

    Follows(JdbcClient jdbc, FollowerAddress address) {
        this.jdbc = jdbc;
        this.address = address;
    }

    void follow(String chatKey, long chatId, FollowSubject subject, Language language) {
        // Standard MERGE, as in ChatLanguages: following twice is following once.
        jdbc.sql("""
                MERGE INTO follow t
                USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(32)), CAST(? AS BYTEA),
                               CAST(? AS VARCHAR(2)), CAST(? AS TIMESTAMP)))
                      AS s (chat_key, subject_kind, subject_id, chat_id, language, followed_at)
                ON t.chat_key = s.chat_key AND t.subject_kind = s.subject_kind AND t.subject_id = s.subject_id
                WHEN MATCHED THEN UPDATE SET chat_id = s.chat_id, language = s.language
                WHEN NOT MATCHED THEN INSERT (chat_key, subject_kind, subject_id, chat_id, language, followed_at)
                    VALUES (s.chat_key, s.subject_kind, s.subject_id, s.chat_id, s.language, s.followed_at)
                """)
                .params(chatKey, subject.kind().name(), subject.id(), address.seal(chatId), language.code(), Timestamp.from(Instant.now()))
                .update();
    }

    void unfollow(String chatKey, FollowSubject subject) {
        jdbc.sql("DELETE FROM follow WHERE chat_key = ? AND subject_kind = ? AND subject_id = ?")
                .params(chatKey, subject.kind().name(), subject.id()).update();
    }

    void unfollowAll(String chatKey) {
        jdbc.sql("DELETE FROM follow WHERE chat_key = ?").param(chatKey).update();
    }

    /** What the chat follows, themes first, each in the order it was followed. */
    List<FollowSubject> of(String chatKey) {
        return jdbc.sql("SELECT subject_kind, subject_id FROM follow WHERE chat_key = ? ORDER BY subject_kind DESC, followed_at, subject_id")
                .param(chatKey)
                .query((rs, n) -> new FollowSubject(FollowSubject.Kind.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    /** The chats following the measure or its theme, each once, with what they follow of the two. */
    List<Follower> followersOf(String measureId, String themeId) {
        record Row(String chatKey, FollowSubject subject, byte[] sealedChatId, Language language) {}
        List<Row> rows = jdbc.sql("""
                SELECT chat_key, subject_kind, subject_id, chat_id, language FROM follow
                WHERE (subject_kind = 'MEASURE' AND subject_id = ?) OR (subject_kind = 'THEME' AND subject_id = ?)
                ORDER BY chat_key, subject_kind
                """)
                .params(measureId, themeId)
                .query((rs, n) -> new Row(rs.getString(1), new FollowSubject(FollowSubject.Kind.valueOf(rs.getString(2)), rs.getString(3)),
                        rs.getBytes(4), Language.fromCode(rs.getString(5)).orElse(Language.EN)))
                .list();
        Map<String, List<Row>> byChat = new LinkedHashMap<>();
        rows.forEach(r -> byChat.computeIfAbsent(r.chatKey(), k -> new ArrayList<>()).add(r));
        return byChat.values().stream().map(chat -> new Follower(chat.getFirst().chatKey(), chat.getFirst().sealedChatId(),
                chat.getFirst().language(), chat.stream().map(Row::subject).toList())).toList();
    }
}
