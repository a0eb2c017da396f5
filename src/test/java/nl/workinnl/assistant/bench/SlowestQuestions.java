package nl.workinnl.assistant.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.QualityEvaluation;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of the suite): which questions of the benchmark's sets take
 * longest through the pipeline, to find what the benchmark's 99th percentile is made of.
 * Run: {@code ./mvnw -o -q test -Dtest=SlowestQuestions}.
 */
class SlowestQuestions {

    private record Timed(String question, long nanos) {}

    @Test
    void print() throws IOException {
        Assistant assistant = AssistantFixture.assistant();
        List<String> questions = new ArrayList<>();
        for (String set : List.of("dev-questions", "own-questions", "blind-questions", "tuning-questions")) {
            QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv")).forEach(q -> questions.add(q.text()));
        }
        String only = System.getProperty("only");
        if (only != null) {
            questions.removeIf(q -> !q.startsWith(only));
            for (int i = 0; i < Integer.getInteger("loops", 3000); i++) {
                assistant.ask(questions.getFirst(), Optional.empty());
            }
        }
        for (int round = 0; round < 30; round++) {
            questions.forEach(q -> assistant.ask(q, Optional.empty()));
        }
        List<Timed> timed = new ArrayList<>();
        for (String q : questions) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 15; i++) {
                long start = System.nanoTime();
                assistant.ask(q, Optional.empty());
                best = Math.min(best, System.nanoTime() - start);
            }
            timed.add(new Timed(q, best));
        }
        timed.sort(Comparator.comparingLong(Timed::nanos).reversed());
        long total = timed.stream().mapToLong(Timed::nanos).sum();
        System.out.printf(Locale.ROOT, "questions %d, mean of the fastest of 15 runs %.0f us%n", timed.size(), total / 1000.0 / timed.size());
        timed.stream().limit(25).forEach(t -> System.out.printf(Locale.ROOT, "%7.0f us  %s%n", t.nanos() / 1000.0,
                t.question().length() > 110 ? t.question().substring(0, 110) : t.question()));
    }
}
