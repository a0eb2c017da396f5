package nl.workinnl.assistant.knowledge;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The data version that serves now. Every consumer takes it once per request (or update) and keeps
 * using what it took, so a live reload never mixes two versions in one answer. Whoever answers
 * (uses the index) takes it with {@link #acquire()}, so that the index stays open until the answer
 * is made.
 */
public final class CurrentKnowledge {

    private final AtomicReference<KnowledgeVersion> current;

    CurrentKnowledge(KnowledgeVersion initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    /** The version serving now, for its texts and corpus; not for answering (see {@link #acquire()}). */
    public KnowledgeVersion get() {
        return current.get();
    }

    /** The version serving now, held open until the lease is closed (try-with-resources). */
    public KnowledgeVersion.Lease acquire() {
        while (true) {
            KnowledgeVersion serving = current.get();
            KnowledgeVersion.Lease lease = serving.tryAcquire();
            if (lease != null) {
                return lease;
            }
            // Swapped out and closed between the read and the lease: a newer version serves by now.
        }
    }

    /** Serves the new version from now on; returns the one it replaced. */
    KnowledgeVersion swap(KnowledgeVersion next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }
}
