package nl.workinnl.assistant.telegram;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * /forget: deletes everything kept under a chat's pseudonym, at once. Run inside the transaction
 * that stores the confirmation, which is written after it and so is the one thing left (until sent).
 * Feedback votes are not here: they are kept under a hash of the pseudonym and a message id, no
 * longer the chat's once the pseudonym is gone from everything else.
 */
final class ChatErasure {

    /** Every table with a chat_key column; a test fails when a new one is missing here. */
    static final List<String> TABLES = List.of("chat_language", "chat_context", "follow", "follow_notified", "outbox");

    private final JdbcClient jdbc;
    private final OutboxSender sender;

    ChatErasure(JdbcClient jdbc, OutboxSender sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    void forget(String chatKey) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE chat_key = ?").param(chatKey).update();
        }
        // Replies already queued for sending would otherwise still go out. Dropped after the commit:
        // before it, the sender's scan of the table still sees the rows and would queue them again.
        // A row of the chat committed since (the confirmation) is not lost: the next scan queues it anew.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.forget(chatKey);
                }
            });
        } else {
            sender.forget(chatKey);
        }
    }
}
