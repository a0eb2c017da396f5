package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnsweringPoolTest {

    @Test
    void whenEveryThreadAndPlaceIsTakenAnHttpQuestionIsRefusedAndTelegramWaits() throws Exception {
        try (AnsweringPool pool = new AnsweringPool(1, 0)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> pool.answerNow(() -> {
                started.countDown();
                release.await();
                return "first";
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> pool.answerNow(() -> "refused")).isInstanceOf(AnsweringPool.Busy.class);
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> pool.answerWhenFree(() -> "waited"));
            assertThat(waiting).isNotDone();

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("waited");
            assertThat(pool.answerNow(() -> "again")).isEqualTo("again");
        }
    }

    @Test
    void runsOnItsOwnPlatformThreadsAndPassesFailuresOn() {
        try (AnsweringPool pool = new AnsweringPool(2, 4)) {
            Thread caller = Thread.currentThread();
            Thread answering = pool.answerNow(Thread::currentThread);
            assertThat(answering).isNotSameAs(caller);
            assertThat(answering.isVirtual()).isFalse();
            assertThat(answering.getName()).startsWith("answering-");
            assertThatThrownBy(() -> pool.answerNow(() -> {
                throw new IllegalArgumentException("bad question");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad question");
            assertThat(pool.answerNow(() -> "still answering")).isEqualTo("still answering");
        }
    }
}
