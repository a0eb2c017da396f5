package nl.workinnl.assistant.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.QualityEvaluation;
import org.junit.jupiter.api.Test;

/** Not a test: per-question latency of the benchmark's questions, slowest first. */
class LatencyProfile {

    @Test
    void profile() throws Exception {
        Assistant assistant = AssistantFixture.assistant();
        String loop = System.getProperty("loop");
        if (loop != null) {
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end) {
                for (String q : loop.split("\\|")) {
                    assistant.ask(q, Optional.empty());
                }
            }
            return;
        }
        List<String> questions = new ArrayList<>();
        for (String set : List.of("dev-questions", "own-questions", "blind-questions", "tuning-questions")) {
            QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv")).forEach(q -> questions.add(q.text()));
        }
        for (int r = 0; r < 30; r++) {
            questions.forEach(q -> assistant.ask(q, Optional.empty()));
        }
        int rounds = 40;
        long[][] t = new long[questions.size()][rounds];
        List<Long> all = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < questions.size(); i++) {
                long s = System.nanoTime();
                assistant.ask(questions.get(i), Optional.empty());
                t[i][r] = System.nanoTime() - s;
                all.add(t[i][r]);
            }
        }
        all.sort(null);
        System.out.printf("ALL p50 %.3f p90 %.3f p99 %.3f ms, n=%d%n", all.get(all.size() / 2) / 1e6, all.get(all.size() * 9 / 10) / 1e6, all.get(all.size() * 99 / 100) / 1e6, all.size());
        Integer[] order = new Integer[questions.size()];
        double[] med = new double[questions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            long[] c = t[i].clone();
            Arrays.sort(c);
            med[i] = c[rounds / 2] / 1e6;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -med[i]));
        for (int k = 0; k < 25; k++) {
            int i = order[k];
            String q = questions.get(i);
            System.out.printf("SLOW %.3f ms %4d chars %s%n", med[i], q.length(), q.substring(0, Math.min(90, q.length())));
        }
    }
}
