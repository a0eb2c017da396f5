package nl.workinnl.assistant.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling with the library's client. Written here rather than taken from
 * telegrambots-longpolling, which advances the offset before the updates are processed (an update
 * is lost if the service stops in between) and ignores retry_after. Here the offset moves past an
 * update only after {@link UpdateProcessor} has stored its replies; an update that cannot be decoded
 * is logged and acknowledged while the rest of its batch is answered.
 *
 * <p>Stopping does not interrupt the thread (but as a last resort), since an interrupt in the middle
 * of a database write closes H2's file channel. It cancels the waiting long poll instead, and the
 * update being processed is finished; the rest of its batch is not acknowledged, so Telegram delivers it again after a restart.
 */
final class UpdatePoller {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final int BATCH = 100;
    /** Processing one update takes milliseconds; this is for a database that hangs. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final TelegramClient client;
    private final UpdateProcessor processor;
    private final UpdateDecoder decoder = new UpdateDecoder();
    private final Duration timeout;
    private final SendPolicy policy;
    private volatile boolean running;
    private volatile CompletableFuture<?> poll;
    private Thread thread;
    private int offset;

    UpdatePoller(TelegramClient client, UpdateProcessor processor, Duration timeout, SendPolicy policy) {
        this.client = client;
        this.processor = processor;
        this.timeout = timeout;
        this.policy = policy;
    }

    void start() {
        running = true;
        thread = Thread.ofPlatform().name("telegram-poller").daemon().start(this::run);
    }

    void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        CompletableFuture<?> waiting = poll;
        if (waiting != null) {
            waiting.cancel(false);
        }
        LockSupport.unpark(thread);
        try {
            thread.join(STOP_WAIT);
            if (thread.isAlive()) {
                log.warn("The poller did not finish its update within {} s; interrupting it", STOP_WAIT.toSeconds());
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                List<RawGetUpdates.RawUpdate> updates = poll();
                for (RawGetUpdates.RawUpdate raw : updates) {
                    if (!running) {
                        return;
                    }
                    switch (decoder.decode(raw.json())) {
                        case UpdateDecoder.Readable readable -> {
                            processor.process(readable.update());
                            acknowledge(readable.update().getUpdateId());
                        }
                        // Without an id it cannot be acknowledged alone; the next update's id moves past it.
                        case UpdateDecoder.Unreadable unreadable when unreadable.updateId() != null -> acknowledge(unreadable.updateId());
                        case UpdateDecoder.Unreadable unreadable -> { }
                    }
                }
                failures = 0;
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                failures++;
                pause(e.getErrorCode() != null && e.getErrorCode() == 429 && retryAfter != null
                        ? Duration.ofSeconds(retryAfter) : policy.backoff(failures), e);
            } catch (TelegramApiException | RuntimeException e) {
                failures++;
                pause(policy.backoff(failures), e);
            }
        }
    }

    private void acknowledge(int updateId) {
        offset = Math.max(offset, updateId + 1);
    }

    /** The next batch, or none when stop() cancelled the long poll. */
    private List<RawGetUpdates.RawUpdate> poll() throws TelegramApiException {
        CompletableFuture<? extends List<RawGetUpdates.RawUpdate>> call =
                client.executeAsync(new RawGetUpdates(offset, BATCH, (int) timeout.toSeconds()));
        poll = call;
        if (!running) {
            call.cancel(false); // stop() came before the call was visible to it
        }
        try {
            return call.get();
        } catch (CancellationException e) {
            return List.of();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof TelegramApiException api ? api : new TelegramApiException("getUpdates failed", e.getCause());
        } catch (InterruptedException e) {
            running = false;
            return List.of();
        } finally {
            poll = null;
        }
    }

    private void pause(Duration delay, Exception cause) {
        if (!running) {
            return;
        }
        log.info("getUpdates failed ({}); trying again in {} ms", cause.toString(), delay.toMillis());
        // Parked rather than slept, so that stop() can wake it without an interrupt.
        long deadline = System.nanoTime() + delay.toNanos();
        while (running && System.nanoTime() < deadline) {
            LockSupport.parkNanos(this, deadline - System.nanoTime());
        }
    }
}
