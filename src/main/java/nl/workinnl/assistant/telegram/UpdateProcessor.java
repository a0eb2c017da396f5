package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles each update once: its replies, its side effects and its id as processed are stored in one
 * transaction, and an update whose id is already stored is skipped. So the same update delivered
 * twice (a restart, a webhook retry) is answered once, and an update is acknowledged to Telegram
 * only after its replies are safe in the outbox.
 */
final class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final Conversation conversation;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    private final TelegramMetrics metrics;

    UpdateProcessor(Conversation conversation, Outbox outbox, OutboxSender sender, JdbcClient jdbc, TransactionTemplate transactions,
                    TelegramMetrics metrics) {
        this.metrics = metrics;
        this.conversation = conversation;
        this.outbox = outbox;
        this.sender = sender;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void process(Update update) {
        long id = update.getUpdateId();
        if (alreadyProcessed(id)) {
            metrics.update(true);
            return;
        }
        Conversation.Reply reply;
        try {
            reply = conversation.handle(update);
        } catch (RuntimeException e) {
            // A bug must not stop the bot: the update is marked processed so that it is not retried forever.
            log.error("Update {} could not be handled", id, e);
            reply = Conversation.Reply.none();
        }
        Conversation.Reply r = reply;
        List<Outbox.Pending> pending;
        try {
            pending = transactions.execute(status -> {
                jdbc.sql("INSERT INTO processed_update (update_id, processed_at) VALUES (?, ?)")
                        .params(id, Timestamp.from(Instant.now())).update();
                r.effects().forEach(Runnable::run);
                return r.methods().isEmpty() ? List.<Outbox.Pending>of() : outbox.add(r.chatKey(), r.methods());
            });
        } catch (DuplicateKeyException e) {
            metrics.update(true);
            return; // processed meanwhile by another delivery of the same update
        }
        metrics.update(false);
        sender.enqueue(pending);
    }

    private boolean alreadyProcessed(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_update WHERE update_id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Telegram keeps unconfirmed updates for 24 hours; older ids need not be remembered. */
    void forgetOlderThan(Instant cutoff) {
        jdbc.sql("DELETE FROM processed_update WHERE processed_at < ?").param(Timestamp.from(cutoff)).update();
    }
}
