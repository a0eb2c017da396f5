package nl.workinnl.assistant.telegram;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.StatusChanged;
import nl.workinnl.assistant.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
 *
 * <p>The work (a query of the followers, a transaction per follower) runs on a thread of its own,
 * not in the reload that published the change: a reload holds the lock that orders swaps, and a
 * measure with thousands of followers must not keep the next reload, or an editor's request to the
 * reload endpoint, waiting. One thread, so that the changes of successive swaps are told in their
 * order.
 */
final class FollowNotifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FollowNotifier.class);
    /**
     * Changes waiting to be told. A reload publishes at most one per measure, so this is many
     * reloads' worth; when it is full the publisher waits for room rather than drop a change, which
     * no later version would publish again.
     */
    private static final int QUEUE = 1_000;
    /** How long stopping waits for the changes handed over to be told, before the database closes. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Follows follows;
    private final FollowerAddress address;
    private final FollowMessages messages;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE), Thread.ofPlatform().name("follow-notifier").daemon().factory(),
            FollowNotifier::waitForRoom);
    private volatile boolean running;

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
        // Taken now, in the publisher's thread: the version whose swap published this change, even if
        // another swap comes before the change is told; every follower is told from the same texts.
        Translations translations = messages.current();
        try {
            worker.execute(() -> {
                try {
                    notifyFollowers(translations, change);
                } catch (RuntimeException e) {
                    // The followers could not even be read; nobody was recorded as told, so
                    // publishing the change again reaches them all.
                    log.warn("The followers of {} could not be told of its change: {}", change.measureId(), e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Stopping: the followers of {} are not told of its change to {}", change.measureId(), change.to());
        }
    }

    /**
     * Waits until every change handed over before this call has been told (or failed), for tests that
     * must see all that a publication sends before they check that nothing more comes.
     */
    boolean awaitIdle(Duration timeout) {
        FutureTask<Void> marker = new FutureTask<>(() -> {}, null);
        worker.execute(marker); // one thread, in order: it runs after everything queued before it
        try {
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void notifyFollowers(Translations translations, StatusChanged change) {
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
                // One follower's failure must not cost the others their message; this one is not
                // recorded as told, so publishing the change again reaches it.
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

    /** A full queue makes the publisher wait (see {@link #QUEUE}); only a stopped notifier refuses. */
    private static void waitForRoom(Runnable task, ThreadPoolExecutor executor) {
        if (executor.isShutdown()) {
            throw new RejectedExecutionException("the notifier has stopped");
        }
        try {
            executor.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while waiting for room", e);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Tells what was handed over before stopping, without interrupting (an interrupt in the middle of
     * an H2 write closes its file). What is not told within the grace is lost with the process, as
     * it would have been in a reload cut short.
     */
    @Override
    public void stop() {
        running = false;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Status changes still being told after {} s are given up: {} waiting", STOP_GRACE.toSeconds(),
                        worker.getQueue().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops after the web server (DEFAULT_PHASE - 2048), so that a reload requested through the
        // endpoint has handed its changes over, and before the bot (DEFAULT_PHASE - 4096), whose
        // sender still takes what is stored meanwhile; the database closes after both.
        return DEFAULT_PHASE - 3072;
    }
}
