package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.StatusChanged;
import nl.workinnl.assistant.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Tells every follower of a measure (or of its theme) once of each change of its status. For each
 * follower, the record that it was told (chat, measure, data version: unique) and the message in
 * the outbox are written in one transaction: a change published twice, by several replicas, or
 * again after a restart finds the record and sends nothing; a restart while sending leaves the
 * rest in the durable outbox, sent within its rate limits as every reply is.
 */
final class FollowNotifier {

    private static final Logger log = LoggerFactory.getLogger(FollowNotifier.class);

    private final Follows follows;
    private final FollowerAddress address;
    private final FollowMessages messages;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    FollowNotifier(Follows follows, FollowerAddress address, FollowMessages messages, Outbox outbox, OutboxSender sender,
                   JdbcClient jdbc, TransactionTemplate transactions) {
        this.follows = follows;
        this.address = address;
        this.messages = messages;
        this.outbox = outbox;
        this.sender = sender;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener
    public void statusChanged(StatusChanged change) {
        // The version serving now: the one whose swap published this change (or a newer one), taken
        // once, so that every follower of this change is told from the same texts.
        Translations translations = messages.current();
        Measure measure = translations.corpus().measure(change.measureId()).orElse(null);
        if (measure == null) {
            log.warn("A status change of unknown measure {} is not sent to followers", change.measureId());
            return;
        }
        int told = 0;
        int failed = 0;
        for (Follows.Follower follower : follows.followersOf(measure.id(), measure.theme())) {
            OptionalLong chatId = address.open(follower.sealedChatId());
            if (chatId.isEmpty()) {
                continue; // sealed with a key since replaced: this follower cannot be reached
            }
            try {
                if (tell(translations, follower, chatId.getAsLong(), measure, change)) {
                    told++;
                }
            } catch (RuntimeException e) {
                // The publisher (a reload that has already swapped) must not fail for one follower;
                // this one is not recorded as told, so publishing the change again reaches it.
                failed++;
                log.warn("A follower of {} could not be notified: {}", measure.id(), e.toString());
            }
        }
        // Counts only: which chats follow what is nobody's business in a log.
        log.info("Status change of {} ({} -> {}): {} followers notified, {} failed", measure.id(), change.from(), change.to(), told, failed);
    }

    private boolean tell(Translations translations, Follows.Follower follower, long chatId, Measure measure, StatusChanged change) {
        BotApiMethod<?> message = messages.statusChanged(translations, chatId, follower, measure, change);
        List<Outbox.Pending> pending;
        try {
            pending = transactions.execute(status -> {
                if (!recordNotified(follower.chatKey(), change)) {
                    return List.<Outbox.Pending>of();
                }
                return outbox.add(follower.chatKey(), List.of(message));
            });
        } catch (DuplicateKeyException e) {
            return false; // told meanwhile by another delivery of the same change (another replica)
        }
        if (pending == null || pending.isEmpty()) {
            return false;
        }
        sender.enqueue(pending);
        return true;
    }

    /** True when this change was not yet recorded for the chat (and now is). */
    private boolean recordNotified(String chatKey, StatusChanged change) {
        return jdbc.sql("""
                MERGE INTO follow_notified t
                USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(128)), CAST(? AS TIMESTAMP)))
                      AS s (chat_key, measure_id, data_version, notified_at)
                ON t.chat_key = s.chat_key AND t.measure_id = s.measure_id AND t.data_version = s.data_version
                WHEN NOT MATCHED THEN INSERT (chat_key, measure_id, data_version, notified_at)
                    VALUES (s.chat_key, s.measure_id, s.data_version, s.notified_at)
                """)
                .params(chatKey, change.measureId(), change.dataVersion(), Timestamp.from(Instant.now()))
                .update() == 1;
    }
}
