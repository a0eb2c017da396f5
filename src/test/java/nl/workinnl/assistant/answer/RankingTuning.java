package nl.workinnl.assistant.answer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.workinnl.assistant.search.SearchProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a tool: scores a grid of BM25 parameters on both question sets, to choose the
 * defaults in {@link SearchProperties}. Run with {@code ./mvnw test -Dtest=RankingTuning -Dtuning=true}.
 */
@EnabledIfSystemProperty(named = "tuning", matches = "true")
class RankingTuning {

    @Test
    void plainBaseline() throws IOException {
        PlainBaseline baseline = new PlainBaseline(nl.workinnl.assistant.corpus.CorpusFixture.repositoryCorpus());
        for (String set : List.of("dev-questions", "own-questions")) {
            List<QualityEvaluation.Result> results = new ArrayList<>();
            for (var q : QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv"))) {
                results.add(QualityEvaluation.score(q, baseline.ask(q.text())));
            }
            System.out.println("BASELINE " + set + ": " + new QualityEvaluation.Report(results).summary());
        }
    }

    @Test
    void bm25Grid() throws IOException {
        List<QualityEvaluation.Question> questions = sets("dev-questions", "own-questions");
        SearchProperties d = SearchProperties.defaults();
        for (float k1 : new float[] {0.6f, 0.9f, 1.2f, 1.5f, 2.0f}) {
            for (float b : new float[] {0.2f, 0.35f, 0.5f, 0.75f}) {
                var report = QualityEvaluation.run(AssistantFixture.create(
                        d.with(k1, b, d.minScore(), d.minCoverage(), d.sureScore())), questions);
                System.out.printf(Locale.ROOT, "TUNING k1=%.2f b=%.2f  %s%n", k1, b, report.summary());
            }
        }
    }

    /**
     * The abstention thresholds on the three tuning sets (never the blind ones): the least score of
     * the best measure, and the score above which coverage no longer matters.
     */
    @Test
    void abstentionGrid() throws IOException {
        List<QualityEvaluation.Question> questions = sets("dev-questions", "own-questions", "unseen-questions");
        SearchProperties d = SearchProperties.defaults();
        for (float min : new float[] {5.25f, 5.75f, 6.25f, 6.75f}) {
            for (float sure : new float[] {8f, 9f, 10f, 11f}) {
                var report = QualityEvaluation.run(AssistantFixture.create(d.with(d.k1(), d.b(), min, d.minCoverage(), sure)), questions);
                System.out.printf(Locale.ROOT, "TUNING min=%.2f sure=%.1f  %s%n", min, sure, report.summary());
            }
        }
    }

    /** The weight of the sentences that tell circumstances, and the clarifying choices, on the tuning sets. */
    @Test
    void weightsGrid() throws IOException {
        List<QualityEvaluation.Question> questions = sets("dev-questions", "own-questions", "unseen-questions");
        SearchProperties d = SearchProperties.defaults();
        for (float w : new float[] {0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 1.0f}) {
            var report = QualityEvaluation.run(AssistantFixture.create(d.withCircumstanceWeight(w)), questions);
            System.out.printf(Locale.ROOT, "TUNING circumstances=%.1f  %s%n", w, report.summary());
        }
        for (float share : new float[] {0.85f, 0.9f, 0.95f, 1.01f}) {
            for (float below : new float[] {0.8f, 1.0f}) {
                var report = QualityEvaluation.run(AssistantFixture.create(d.withClarify(share, below)), questions);
                System.out.printf(Locale.ROOT, "TUNING clarify=%.2f below=%.1f  %s%n", share, below, report.summary());
            }
        }
    }

    /** When a subject the measures do not cover wins over the best measure, on all tuning sets. */
    @Test
    void notCoveredGrid() throws IOException {
        List<QualityEvaluation.Question> questions = sets("dev-questions", "own-questions", "unseen-questions", "tuning-questions");
        SearchProperties d = SearchProperties.defaults();
        for (float share : new float[] {0.5f, 0.6f, 0.7f, 0.8f}) {
            for (float own : new float[] {0.05f, 0.1f, 0.15f}) {
                var report = QualityEvaluation.run(AssistantFixture.create(d.withNotCovered(share, own)), questions);
                System.out.printf(Locale.ROOT, "TUNING notCovered=%.2f ownWords=%.2f  %s%n", share, own, report.summary());
            }
        }
    }

    /** The questions of the named sets in src/test/resources/eval, in order. */
    private static List<QualityEvaluation.Question> sets(String... names) throws IOException {
        List<QualityEvaluation.Question> questions = new ArrayList<>();
        for (String set : names) {
            questions.addAll(QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv")));
        }
        return questions;
    }
}
