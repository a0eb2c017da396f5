package nl.workinnl.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import nl.workinnl.assistant.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The counts against the service's own schema on H2, with votes arriving at the same moment. */
class FeedbackCountsTest {

    private JdbcClient jdbc;
    private FeedbackCounts counts;

    @BeforeEach
    void database() {
        JdbcDataSource db = TestDatabase.migratedH2();
        jdbc = JdbcClient.create(db);
        counts = new FeedbackCounts(jdbc, new JdbcTransactionManager(db), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    /** {@code voters} threads released at the same moment, each casting the vote its number gives. */
    private int together(int voters, IntFunction<Boolean> vote) throws Exception {
        CyclicBarrier start = new CyclicBarrier(voters);
        int counted = 0;
        try (var threads = Executors.newFixedThreadPool(voters)) {
            List<Future<Boolean>> votes = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                int voter = i;
                votes.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return vote.apply(voter);
                }));
            }
            for (Future<Boolean> v : votes) {
                counted += v.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        }
        return counted;
    }

    @Test
    void sixteenSimultaneousFirstVotesOnAMeasureAllCount() throws Exception {
        assertThat(together(16, voter -> counts.vote("w:answer-" + voter, "werk-7", true))).isEqualTo(16);
        assertThat(counts.votes("werk-7", true)).isEqualTo(16);
        assertThat(counts.votes("werk-7", false)).isZero();
    }

    @Test
    void oneAnswerCountsOnceHoweverOftenAndAtOnceItIsRated() throws Exception {
        assertThat(together(16, voter -> counts.vote("w:one-answer", "werk-7", voter % 2 == 0))).isEqualTo(1);
        assertThat(counts.vote("w:one-answer", "werk-7", true)).isFalse();
        assertThat(counts.votes("werk-7", true) + counts.votes("werk-7", false)).isEqualTo(1);
    }

    @Test
    void talliesFromBeforeVotesWereRowsStillCount() {
        jdbc.sql("INSERT INTO feedback (measure_id, helpful, votes) VALUES ('werk-2', TRUE, 5)").update();
        counts.vote("w:new", "werk-2", true);
        assertThat(counts.votes("werk-2", true)).isEqualTo(6);
    }
}
