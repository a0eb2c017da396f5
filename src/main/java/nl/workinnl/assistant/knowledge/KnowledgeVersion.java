package nl.workinnl.assistant.knowledge;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One complete, validated version of the data with everything built from it (the Lucene index, the
 * staff parser, the detector: all inside the assistant). Immutable, and replaced only as a whole,
 * so whoever took it answers entirely from one version even while a newer one is swapped in.
 *
 * <p>The index is memory-mapped and released only when closed, so a replaced version must be closed,
 * but not under a question still answered from it. It counts its users: the reference of serving
 * (given up by {@link #retire()} once a newer version serves) and one per {@link Lease}; whichever
 * of them is given up last closes the index, at once. The assistant is therefore reachable only
 * through a lease; the texts and the corpus, which hold nothing to release, are not.
 */
public final class KnowledgeVersion {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeVersion.class);

    private final DataVersion version;
    private final Translations translations;
    private final Assistant assistant;
    private final Runnable close;
    /** Serving (1 until retired) plus the leases held; at 0 the index is closed and no lease is given any more. */
    private final AtomicInteger references = new AtomicInteger(1);
    private final AtomicBoolean retired = new AtomicBoolean();

    KnowledgeVersion(DataVersion version, Translations translations, Assistant assistant) {
        this(version, translations, assistant, assistant::close);
    }

    /** With what closing does, so that the counting can be tested without building an index. */
    KnowledgeVersion(DataVersion version, Translations translations, Assistant assistant, Runnable close) {
        this.version = version;
        this.translations = translations;
        this.assistant = assistant;
        this.close = close;
    }

    public DataVersion version() {
        return version;
    }

    public Translations translations() {
        return translations;
    }

    public Corpus corpus() {
        return translations.corpus();
    }

    public Messages messages() {
        return translations.messages();
    }

    /** For tests of the pipeline on a version no reload will replace; the service's code takes a {@link Lease}. */
    Assistant assistant() {
        return assistant;
    }

    /**
     * A lease on this version, or null when it has already been closed: then it was retired, and the
     * caller takes the version serving now instead (see {@link CurrentKnowledge#acquire()}).
     */
    Lease tryAcquire() {
        while (true) {
            int n = references.get();
            if (n == 0) {
                return null;
            }
            if (references.compareAndSet(n, n + 1)) {
                return new Lease();
            }
        }
    }

    /** No longer serves: closed now if nobody answers from it, else by the last lease given back. */
    void retire() {
        if (retired.compareAndSet(false, true)) {
            release();
        }
    }

    /** True once the index has been released. */
    boolean closed() {
        return references.get() == 0;
    }

    private void release() {
        int left = references.decrementAndGet();
        if (left < 0) {
            throw new IllegalStateException("data version " + version + " released more often than taken");
        }
        if (left == 0) {
            try {
                close.run();
            } catch (RuntimeException e) {
                // Runs in whichever request gave the last lease back: its answer is already made.
                log.warn("Releasing the index of data version {} failed: {}", version, e.toString());
            }
        }
    }

    /**
     * The right to answer from this version until closed: its index stays open meanwhile even when
     * a newer version serves. Closing it twice gives it back once.
     */
    public final class Lease implements AutoCloseable {

        private final AtomicBoolean held = new AtomicBoolean(true);

        private Lease() {}

        public KnowledgeVersion version() {
            return KnowledgeVersion.this;
        }

        public Assistant assistant() {
            return assistant;
        }

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                release();
            }
        }
    }
}
