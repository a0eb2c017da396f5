package nl.workinnl.assistant.answer;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few platform threads that run the answering pipeline, whichever thread received the question.
 *
 * <p>Requests are handled on virtual threads, so that a client sending its body slowly holds only a
 * cheap virtual thread and never one that answers. The pipeline itself stays on these long-lived
 * platform threads: Lucene's analyzers keep their token streams per thread, and building them anew
 * (with ICU transliterators) for every virtual thread would cost more than the question.
 *
 * <p>At most {@code threads + queue} questions are taken at once. Over that, {@link #answerNow} refuses
 * at once (HTTP clients get 503 and come back) rather than letting waiting time grow without bound;
 * {@link #answerWhenFree} waits for room, for the Telegram updates that must not be dropped.
 */
public final class AnsweringPool implements AutoCloseable {

    /** Every thread and every place in the queue is taken. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("all answering threads are busy and the queue is full", null, false, false);
        }
    }

    private final ExecutorService threads;
    private final Semaphore room;

    public AnsweringPool(int threadCount, int queue) {
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount,
                r -> Thread.ofPlatform().name("answering-" + number.incrementAndGet()).daemon().unstarted(r));
        this.room = new Semaphore(threadCount + Math.max(0, queue));
    }

    /** The task's result, run on an answering thread; {@link Busy} when there is no room now. */
    public <T> T answerNow(Callable<T> task) {
        if (!room.tryAcquire()) {
            throw new Busy();
        }
        return run(task);
    }

    /** The task's result, run on an answering thread once there is room. */
    public <T> T answerWhenFree(Callable<T> task) {
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to answer", e);
        }
        return run(task);
    }

    private <T> T run(Callable<T> task) {
        // The room is given back before the result is published, so that a caller who asks again at
        // once finds it; and by done() if the task was cancelled before it ran.
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable giveBack = () -> {
            if (held.compareAndSet(true, false)) {
                room.release();
            }
        };
        FutureTask<T> result = new FutureTask<>(() -> {
            try {
                return task.call();
            } finally {
                giveBack.run();
            }
        }) {
            @Override
            protected void done() {
                giveBack.run();
            }
        };
        try {
            threads.execute(result);
        } catch (RuntimeException e) {
            giveBack.run();
            throw e;
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
