package nl.workinnl.assistant.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.QualityEvaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole ask pipeline (normalise, detect language, small talk, staff parsing, Lucene search,
 * answer assembly) on one thread, cycling through four question sets. SampleTime gives the median
 * and 99th percentile per question, Throughput the questions per second.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class AskPipelineBenchmark {

    private Assistant assistant;
    private List<String> questions;
    private int next;

    @Setup
    public void setUp() throws IOException {
        assistant = AssistantFixture.assistant();
        questions = new ArrayList<>();
        for (String set : List.of("dev-questions", "own-questions", "blind-questions", "tuning-questions")) {
            QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv")).forEach(q -> questions.add(q.text()));
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Answer latency() {
        return ask();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Answer throughput() {
        return ask();
    }

    private Answer ask() {
        String q = questions.get(next);
        next = (next + 1) % questions.size();
        return assistant.ask(q, Optional.empty());
    }
}
