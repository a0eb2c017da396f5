package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Answer quality on the development questions and on our own held-out set, held at the figures
 * reached (minus a small margin) so that it cannot silently get worse. The full reports, with every
 * miss, go to target/quality-*.txt; run alone with {@code ./mvnw test -Dtest=QualityTest}.
 */
class QualityTest {

    private static QualityEvaluation.Report evaluate(String set) throws IOException {
        var questions = QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv"));
        QualityEvaluation.Report report = QualityEvaluation.run(AssistantFixture.assistant(), questions);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/quality-" + set + ".txt"), report.details(), StandardCharsets.UTF_8);
        System.out.println(set + ": " + report.summary());
        return report;
    }

    @Test
    void developmentQuestions() throws IOException {
        QualityEvaluation.Report report = evaluate("dev-questions");
        assertThat(report.hitAt1()).as("hit@1").isGreaterThanOrEqualTo(0.95);
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.97);
        assertThat(report.listsAndCountsExact()).as("lists and counts exact").isGreaterThanOrEqualTo(0.97);
        assertThat(report.declinedRight()).as("off-topic and greetings declined").isGreaterThanOrEqualTo(0.95);
        assertThat(report.wronglyDeclined()).as("in-scope wrongly declined").isLessThanOrEqualTo(0.02);
        assertThat(report.languageRight()).as("answer language right").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * A third set, written blind and measured once before anything was changed for it (see README);
     * since then it has fixed three general faults of the staff parser, so it guards them now.
     */
    @Test
    void unseenQuestions() throws IOException {
        QualityEvaluation.Report report = evaluate("unseen-questions");
        assertThat(report.hitAt1()).as("hit@1").isGreaterThanOrEqualTo(0.85);
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.95);
        assertThat(report.listsAndCountsExact()).as("lists and counts exact").isGreaterThanOrEqualTo(0.85);
        assertThat(report.declinedRight()).as("off-topic and greetings declined").isGreaterThanOrEqualTo(0.95);
        assertThat(report.wronglyDeclined()).as("in-scope wrongly declined").isLessThanOrEqualTo(0.03);
        assertThat(report.languageRight()).as("answer language right").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void ownHeldOutQuestions() throws IOException {
        QualityEvaluation.Report report = evaluate("own-questions");
        assertThat(report.hitAt1()).as("hit@1").isGreaterThanOrEqualTo(0.89);
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.95);
        assertThat(report.listsAndCountsExact()).as("lists and counts exact").isGreaterThanOrEqualTo(0.97);
        assertThat(report.declinedRight()).as("off-topic and greetings declined").isGreaterThanOrEqualTo(0.95);
        assertThat(report.wronglyDeclined()).as("in-scope wrongly declined").isLessThanOrEqualTo(0.03);
        assertThat(report.languageRight()).as("answer language right").isGreaterThanOrEqualTo(0.98);
    }
}
