package nl.workinnl.assistant.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * Replies that Telegram does not have yet, stored (encrypted) in the same transaction that marks
 * their update as processed, so that a restart neither loses a reply nor answers an update twice.
 */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final Map<String, Class<? extends BotApiMethod<?>>> METHODS = Map.of(
            SendMessage.PATH, SendMessage.class,
            EditMessageText.PATH, EditMessageText.class,
            AnswerCallbackQuery.PATH, AnswerCallbackQuery.class);

    /** A reply waiting to be sent, in the order of its chat. */
    record Pending(long id, String chatKey, BotApiMethod<?> method) {}

    private final JdbcClient jdbc;
    private final OutboxCipher cipher;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    Outbox(JdbcClient jdbc, OutboxCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Stores the replies; call inside the transaction that marks their update as processed. */
    List<Pending> add(String chatKey, List<BotApiMethod<?>> methods) {
        List<Pending> pending = new ArrayList<>();
        for (BotApiMethod<?> method : methods) {
            if (!METHODS.containsKey(method.getMethod())) {
                throw new IllegalArgumentException("the outbox does not send " + method.getMethod());
            }
            byte[] payload;
            try {
                payload = cipher.seal(mapper.writeValueAsBytes(method));
            } catch (IOException e) {
                throw new IllegalStateException("cannot serialise " + method.getMethod(), e);
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO outbox (chat_key, method, payload, created_at) VALUES (?, ?, ?, ?)")
                    .params(chatKey, method.getMethod(), payload, Timestamp.from(Instant.now()))
                    .update(keys, "id");
            pending.add(new Pending(keys.getKey().longValue(), chatKey, method));
        }
        return pending;
    }

    /** Everything not yet sent, oldest first: what a restart must still deliver. */
    List<Pending> unsent() {
        return unsent(java.util.Set.of());
    }

    /** Everything not yet sent but the rows {@code known} (already queued), oldest first. */
    List<Pending> unsent(java.util.Set<Long> known) {
        List<Pending> pending = new ArrayList<>();
        jdbc.sql("SELECT id, chat_key, method, payload FROM outbox ORDER BY id").query((rs, n) -> {
            long id = rs.getLong("id");
            if (known.contains(id)) {
                return id;
            }
            try {
                byte[] json = cipher.open(rs.getBytes("payload"));
                pending.add(new Pending(id, rs.getString("chat_key"), mapper.readValue(json, METHODS.get(rs.getString("method")))));
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                // Written with another key (the key file was replaced) or by an older version: it cannot be sent.
                log.warn("Dropping outbox row {} that cannot be read: {}", id, e.toString());
                delete(id);
            }
            return id;
        }).list();
        return pending;
    }

    /** How many replies wait (for the metrics). */
    double size() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
    }

    /** How long the oldest waiting reply has waited, in seconds; 0 when none waits. */
    double oldestAgeSeconds() {
        return jdbc.sql("SELECT MIN(created_at) FROM outbox").query(Timestamp.class).optional()
                .map(t -> Math.max(0, (Instant.now().toEpochMilli() - t.getTime()) / 1000.0)).orElse(0.0);
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM outbox WHERE id = ?").param(id).update();
    }
}
