package nl.workinnl.assistant.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Delivers the outbox within Telegram's limits. Each chat has its own queue, sent in order, one
 * message at a time and at most one a {@code perChat} interval; a group at most {@code perGroup}
 * in any {@code groupWindow} (see {@link GroupWindows}); over all chats at most {@code perSecond}. A 429 waits the retry_after it names, a server or network error retries with
 * backoff; either holds back only the chat it happened in. Nothing is dropped but what Telegram
 * refuses for good (a 400 or 403: a bad message, a bot the user blocked).
 *
 * <p>Of several replicas only the one that leads (see {@link LeaderLease}) sends: it takes what the
 * others stored from the outbox table every {@code scan} interval, so that each reply goes out once
 * and the limits hold over all of them. A replica that does not lead leaves its replies in the table.
 */
final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final TelegramClient client;
    private final Outbox outbox;
    private final SendPolicy policy;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Deque<Outbox.Pending>> queues = new LinkedHashMap<>();
    private final Map<String, Long> notBefore = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    /**
     * When the sends of the last second finished. A send counts against the limit from the moment
     * it starts until a second after it finished, so that however late a request reaches Telegram,
     * no second there holds more than {@code perSecond} of them.
     */
    private final Deque<Long> recentSends = new ArrayDeque<>();
    private final GroupWindows groups;
    private int sendsInFlight;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration scan;
    private volatile boolean running;
    private volatile boolean leading;
    private long nextScan;
    private Thread dispatcher;

    private final TelegramMetrics metrics;

    OutboxSender(TelegramClient client, Outbox outbox, SendPolicy policy, Duration scan, TelegramMetrics metrics) {
        this.metrics = metrics;
        this.client = client;
        this.outbox = outbox;
        this.policy = policy;
        this.scan = scan;
        this.groups = new GroupWindows(policy.perGroup(), policy.groupWindow());
    }

    void start() {
        running = true;
        dispatcher = Thread.ofPlatform().name("telegram-outbox").daemon().start(this::dispatch);
    }

    /** This replica now sends: everything in the outbox table, and from now on what is stored. */
    void lead() {
        lock.lock();
        try {
            leading = true;
            nextScan = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Another replica sends now: sends in flight finish, the rest stays in the table for it. */
    void follow() {
        lock.lock();
        try {
            leading = false;
            for (var e : queues.entrySet()) {
                Outbox.Pending sending = inFlight.contains(e.getKey()) ? e.getValue().peekFirst() : null;
                e.getValue().clear();
                if (sending != null) {
                    e.getValue().add(sending); // finishes, and is then removed as usual
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts no more sends and waits up to {@code grace} for those in flight to finish and be
     * marked sent, without interrupting them (an interrupt in the middle of a database write
     * closes H2's file channel). False when some are still in flight: the caller cancels their
     * HTTP calls and then calls {@link #awaitStopped}.
     */
    boolean drain(Duration grace) {
        running = false;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        senders.shutdown();
        return awaitStopped(grace);
    }

    /** Within {@code timeout} in all: the dispatcher and the senders share one deadline, so a stop stays bounded. */
    boolean awaitStopped(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (dispatcher != null) {
                dispatcher.join(timeout);
            }
            return senders.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * New replies are stored: the leading replica reads the table at once. Always through the
     * table, never straight into the queues, so that a reply is queued once however the reading of
     * the table and this call interleave.
     */
    void enqueue(Collection<Outbox.Pending> pending) {
        if (pending.isEmpty() || !leading) {
            return;
        }
        lock.lock();
        try {
            nextScan = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops the chat's queued replies that are not being sent (for /forget, whose transaction
     * deletes their rows): what is in flight finishes, the rest never goes out.
     */
    void forget(String chatKey) {
        lock.lock();
        try {
            Deque<Outbox.Pending> queue = queues.get(chatKey);
            if (queue != null) {
                Outbox.Pending sending = inFlight.contains(chatKey) ? queue.peekFirst() : null;
                queue.clear();
                if (sending != null) {
                    queue.add(sending);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many replies wait; for tests and the health of the bot. */
    int waiting() {
        lock.lock();
        try {
            return queues.values().stream().mapToInt(Deque::size).sum();
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        while (running) {
            lock.lock();
            try {
                if (!running) {
                    return; // drain() may have shut the senders down while this waited for the lock
                }
                long now = System.nanoTime();
                long wait = TimeUnit.SECONDS.toNanos(1);
                if (!leading) {
                    changed.awaitNanos(wait);
                    continue;
                }
                if (now - nextScan >= 0) {
                    scanTable();
                    groups.prune(now);
                    // A chat's pause that has passed, with nothing queued, is forgotten: every chat ever
                    // sent to would otherwise stay in the map.
                    notBefore.entrySet().removeIf(e -> e.getValue() <= now && !queues.containsKey(e.getKey()));
                    nextScan = now + scan.toNanos();
                }
                wait = Math.min(wait, Math.max(nextScan - now, 1));
                pruneRecent(now);
                for (var e : queues.entrySet()) {
                    String chat = e.getKey();
                    if (e.getValue().isEmpty() || inFlight.contains(chat)) {
                        continue;
                    }
                    long ready = notBefore.getOrDefault(chat, 0L);
                    if (ready > now) {
                        wait = Math.min(wait, ready - now);
                        continue;
                    }
                    Outbox.Pending next = e.getValue().peekFirst();
                    if (GroupWindows.counts(next.method())) {
                        long groupReady = groups.readyAt(chat, now);
                        if (groupReady > now) {
                            wait = Math.min(wait, groupReady - now);
                            continue; // a full group waits; the other chats go on
                        }
                    }
                    if (recentSends.size() + sendsInFlight >= policy.perSecond()) {
                        if (!recentSends.isEmpty()) {
                            wait = Math.min(wait, recentSends.peekFirst() + TimeUnit.SECONDS.toNanos(1) - now);
                        }
                        break;
                    }
                    inFlight.add(chat);
                    sendsInFlight++;
                    senders.submit(() -> send(next));
                }
                queues.values().removeIf(Deque::isEmpty);
                changed.awaitNanos(Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Queues the rows of the outbox table not queued yet: those other replicas stored, and all of
     * them when this one has just begun to lead. Read under the lock, so that a row being sent
     * (still queued until it is deleted) is never taken for a new one.
     */
    private void scanTable() {
        java.util.Set<Long> known = new HashSet<>();
        queues.values().forEach(q -> q.forEach(p -> known.add(p.id())));
        try {
            outbox.unsent(known).forEach(p -> queues.computeIfAbsent(p.chatKey(), k -> new ArrayDeque<>()).add(p));
        } catch (RuntimeException e) {
            log.warn("The outbox could not be read ({}); trying again", e.toString());
        }
    }

    private void pruneRecent(long now) {
        while (!recentSends.isEmpty() && now - recentSends.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) {
            recentSends.pollFirst();
        }
    }

    private void send(Outbox.Pending pending) {
        Outcome outcome;
        Duration delay = Duration.ZERO;
        try {
            execute(pending.method());
            outcome = Outcome.SENT;
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            if (code != null && code == 429) {
                outcome = Outcome.RETRY;
                delay = Duration.ofSeconds(retryAfter == null ? 1 : retryAfter);
                log.info("Telegram asks to wait {} s before the next message to this chat", delay.toSeconds());
            } else if (code != null && code >= 400 && code < 500) {
                outcome = Outcome.REFUSED;
                log.warn("Telegram refused a {} for good ({}: {}); it is dropped", pending.method().getMethod(), code, e.getApiResponse());
            } else {
                outcome = Outcome.FAILED;
            }
        } catch (TelegramApiException | RuntimeException e) {
            outcome = Outcome.FAILED;
        }
        finish(pending, outcome, delay);
    }

    private enum Outcome { SENT, REFUSED, RETRY, FAILED }

    private void finish(Outbox.Pending pending, Outcome outcome, Duration retryAfter) {
        metrics.send(switch (outcome) {
            case SENT -> TelegramMetrics.SendOutcome.OK;
            case RETRY -> TelegramMetrics.SendOutcome.TOO_MANY_REQUESTS;
            case REFUSED -> TelegramMetrics.SendOutcome.REFUSED;
            case FAILED -> TelegramMetrics.SendOutcome.FAILED;
        });
        String chat = pending.chatKey();
        if (outcome == Outcome.SENT || outcome == Outcome.REFUSED) {
            // Deleted (durably: H2 writes every commit at once) before the chat's next message is
            // sent, so a crash repeats at most the one message each chat had in flight.
            try {
                outbox.delete(pending.id());
            } catch (RuntimeException e) {
                log.warn("A sent message could not be removed from the outbox ({}); a restart sends it again", e.toString());
            }
        }
        lock.lock();
        try {
            inFlight.remove(chat);
            long now = System.nanoTime();
            sendsInFlight--;
            recentSends.addLast(now);
            if (GroupWindows.counts(pending.method())) {
                groups.sent(chat, now);
            }
            switch (outcome) {
                case SENT, REFUSED -> {
                    Deque<Outbox.Pending> queue = queues.get(chat);
                    if (queue != null) {
                        queue.remove(pending);
                    }
                    failures.remove(chat);
                    // Answers to button presses are not chat messages and need not wait.
                    Duration gap = pending.method() instanceof AnswerCallbackQuery ? Duration.ZERO : policy.perChat();
                    notBefore.put(chat, now + gap.toNanos());
                }
                case RETRY -> notBefore.put(chat, now + retryAfter.toNanos());
                case FAILED -> {
                    int attempt = failures.merge(chat, 1, Integer::sum);
                    Duration backoff = policy.backoff(attempt);
                    log.info("Sending to a chat failed (attempt {}); retrying in {} ms", attempt, backoff.toMillis());
                    notBefore.put(chat, now + backoff.toNanos());
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Serializable> void execute(BotApiMethod<T> method) throws TelegramApiException {
        client.execute(method);
    }
}
