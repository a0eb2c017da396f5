package nl.workinnl.assistant.knowledge;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a condition holds or a deadline passes; a live reload is asynchronous, and sleeping a fixed time is either slow or flaky. */
final class Eventually {

    private Eventually() {}

    static void within(Duration deadline, String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50); // the poll interval, not a wait for the result
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
