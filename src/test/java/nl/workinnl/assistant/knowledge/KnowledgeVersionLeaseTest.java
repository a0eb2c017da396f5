package nl.workinnl.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A replaced version's index is closed by whoever gives it up last: the reload that retires it, or
 * the last question still answered from it; never while a question holds it.
 */
class KnowledgeVersionLeaseTest {

    /** A version whose "index" only counts how often it was closed. */
    private static final class Counted {
        final AtomicInteger closes = new AtomicInteger();
        final KnowledgeVersion version;

        Counted(String hash) {
            version = new KnowledgeVersion(new DataVersion("2026-11", hash), null, null, closes::incrementAndGet);
        }
    }

    @Test
    void aRetiredVersionInUseIsNotClosed_andIsClosedOnceTheLastLeaseIsGivenBack() {
        Counted v = new Counted("a");
        KnowledgeVersion.Lease first = v.version.tryAcquire();
        KnowledgeVersion.Lease second = v.version.tryAcquire();

        v.version.retire();
        assertThat(v.closes).as("retired while two questions use it").hasValue(0);
        first.close();
        assertThat(v.closes).as("one question still uses it").hasValue(0);
        first.close();
        assertThat(v.closes).as("a lease given back twice counts once").hasValue(0);
        second.close();
        assertThat(v.closes).as("the last question is done").hasValue(1);

        assertThat(v.version.tryAcquire()).as("a closed version is not handed out again").isNull();
        v.version.retire();
        assertThat(v.closes).as("retiring twice closes nothing more").hasValue(1);
    }

    @Test
    void aVersionStillServingIsNotClosedWhenItsLeasesAreGivenBack() {
        Counted v = new Counted("a");
        try (KnowledgeVersion.Lease lease = v.version.tryAcquire()) {
            assertThat(lease.version()).isSameAs(v.version);
        }
        assertThat(v.closes).hasValue(0);
        assertThat(v.version.closed()).isFalse();
    }

    @Test
    void aRetiredVersionNobodyUsesIsClosedAtOnce() {
        Counted v = new Counted("a");
        v.version.retire();
        assertThat(v.closes).hasValue(1);
    }

    @Test
    void acquireGivesTheServingVersion_notOneAlreadyClosed() {
        Counted old = new Counted("old");
        Counted next = new Counted("next");
        CurrentKnowledge current = new CurrentKnowledge(old.version);
        KnowledgeVersion.Lease held = current.acquire();

        current.swap(next.version).retire();
        try (KnowledgeVersion.Lease lease = current.acquire()) {
            assertThat(lease.version()).isSameAs(next.version);
        }
        assertThat(held.version()).isSameAs(old.version);
        assertThat(old.closes).hasValue(0);
        held.close();
        assertThat(old.closes).hasValue(1);
        assertThat(next.closes).hasValue(0);
    }

    @Test
    void questionsDuringManySwapsNeverHoldAClosedVersion_andEveryReplacedVersionIsClosedExactlyOnce() throws Exception {
        List<Counted> versions = new ArrayList<>();
        Map<KnowledgeVersion, Counted> byVersion = new ConcurrentHashMap<>();
        versions.add(new Counted("v0"));
        byVersion.put(versions.getFirst().version, versions.getFirst());
        CurrentKnowledge current = new CurrentKnowledge(versions.getFirst().version);
        AtomicBoolean swapping = new AtomicBoolean(true);
        ExecutorService askers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> asked = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            asked.add(askers.submit(() -> {
                int questions = 0;
                while (swapping.get() || questions == 0) {
                    try (KnowledgeVersion.Lease lease = current.acquire()) {
                        // An "answer" that looks at its version twice, with a swap possibly in between.
                        AtomicInteger closes = byVersion.get(lease.version()).closes;
                        assertThat(closes).hasValue(0);
                        Thread.onSpinWait();
                        assertThat(closes).hasValue(0);
                    }
                    questions++;
                }
                return questions;
            }));
        }
        try {
            for (int i = 1; i <= 2_000; i++) {
                Counted next = new Counted("v" + i);
                versions.add(next);
                byVersion.put(next.version, next);
                current.swap(next.version).retire();
            }
        } finally {
            swapping.set(false);
            askers.shutdown();
        }
        for (Future<Integer> questions : asked) {
            assertThat(questions.get()).isPositive(); // rethrows an assertion that failed in an asker
        }
        Counted serving = versions.removeLast();
        assertThat(versions).allSatisfy(v -> assertThat(v.closes).as(v.version.version().toString()).hasValue(1));
        assertThat(serving.closes).hasValue(0);
    }
}
