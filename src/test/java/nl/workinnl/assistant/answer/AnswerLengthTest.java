package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The length of the API's {@code text} (what a client without the parts shows first) over the
 * question sets the README names, per kind of answer: issue 10's target is a median under 600
 * characters and none over 1,000, for the answers about a topic and for all answered questions
 * (topics, staff lists, counts, statuses) together. Prints the figures the README quotes; run
 * alone with {@code ./mvnw test -Dtest=AnswerLengthTest}.
 */
class AnswerLengthTest {

    private static final List<String> SETS = List.of("dev-questions", "own-questions", "blind-questions", "tuning-questions");

    record Lengths(int count, int median, int max, long over1000) {
        static Lengths of(List<Integer> lengths) {
            List<Integer> sorted = lengths.stream().sorted().toList();
            int n = sorted.size();
            int median = n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Lengths(n, median, n == 0 ? 0 : sorted.getLast(), sorted.stream().filter(l -> l > 1000).count());
        }

        @Override
        public String toString() {
            return count + " answers, median " + median + ", max " + max + ", over 1,000: " + over1000;
        }
    }

    @Test
    void topicAnswersAreShortAndNoneIsLong() throws IOException {
        Map<Answer.Kind, List<Integer>> byKind = new EnumMap<>(Answer.Kind.class);
        for (String set : SETS) {
            for (QualityEvaluation.Question q : QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv"))) {
                Answer a = AssistantFixture.assistant().ask(q.text(), Optional.empty());
                byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.text().length());
            }
        }
        Map<Answer.Kind, Lengths> figures = byKind.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Lengths.of(e.getValue()), (x, y) -> x, () -> new EnumMap<>(Answer.Kind.class)));
        List<Integer> answered = new ArrayList<>();
        byKind.forEach((kind, lengths) -> {
            if (kind == Answer.Kind.TOPIC || kind == Answer.Kind.LIST || kind == Answer.Kind.COUNT || kind == Answer.Kind.STATUS) {
                answered.addAll(lengths);
            }
        });
        figures.forEach((kind, l) -> System.out.println("answer length, " + kind + ": " + l));
        System.out.println("answer length, all answered: " + Lengths.of(answered));

        Lengths topic = figures.get(Answer.Kind.TOPIC);
        assertThat(topic.count()).as("the sets hold topic answers").isGreaterThan(300);
        assertThat(topic.median()).as("median of topic answers").isLessThan(600);
        assertThat(topic.max()).as("longest topic answer").isLessThanOrEqualTo(1000);
        Lengths all = Lengths.of(answered);
        assertThat(all.median()).as("median of answered questions").isLessThan(600);
        assertThat(all.max()).as("longest answer").isLessThanOrEqualTo(1000);
    }
}
