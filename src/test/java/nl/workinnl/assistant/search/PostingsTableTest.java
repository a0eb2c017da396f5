package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.QualityEvaluation;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.Question;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exact search scored from the postings table gives Lucene's scores to the bit, in Lucene's
 * order: for every question of three question sets, read in each of the five languages. Guards
 * the table's copy of BM25's arithmetic and of the query's shape after Lucene's rewrite.
 */
class PostingsTableTest {

    private static MeasureSearch search;

    @BeforeAll
    static void load() {
        search = AssistantFixture.search();
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    void scoresAsLuceneDoes() throws IOException {
        int compared = 0;
        for (String set : List.of("dev-questions", "own-questions", "tuning-questions")) {
            for (QualityEvaluation.Question q : QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv"))) {
                for (Language language : Language.values()) {
                    ScoreDoc[][] both = search.exactScoresBothWays(Question.of(q.text()), language);
                    if (both == null) {
                        continue;
                    }
                    assertThat(both[0]).as(q.id() + " " + language + " read from the postings").isNotNull();
                    assertThat(render(both[0])).as(q.id() + " " + language).isEqualTo(render(both[1]));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** Documents and the exact bits of their scores, in order. */
    private static String render(ScoreDoc[] hits) {
        StringBuilder out = new StringBuilder();
        for (ScoreDoc hit : hits) {
            out.append(hit.doc).append(':').append(Integer.toHexString(Float.floatToRawIntBits(hit.score))).append(' ');
        }
        return out.toString();
    }
}
