package nl.workinnl.assistant.knowledge;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The data version that serves now. Every consumer takes it once per request (or update) and keeps
 * using what it took, so a live reload never mixes two versions in one answer.
 */
public final class CurrentKnowledge {

    private final AtomicReference<KnowledgeVersion> current;

    CurrentKnowledge(KnowledgeVersion initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    public KnowledgeVersion get() {
        return current.get();
    }

    /** Serves the new version from now on; returns the one it replaced. */
    KnowledgeVersion swap(KnowledgeVersion next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }
}
