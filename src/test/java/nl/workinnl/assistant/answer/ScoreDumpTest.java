package nl.workinnl.assistant.answer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.LanguageDetector;
import nl.workinnl.assistant.search.MeasureSearch;
import nl.workinnl.assistant.search.SearchHit;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.translation.TranslationFixture;
import nl.workinnl.assistant.translation.Translations;
import org.junit.jupiter.api.Test;

class ScoreDumpTest {
    @Test
    void dump() throws Exception {
        Translations t = TranslationFixture.repositoryTranslations();
        float k1 = Float.parseFloat(System.getProperty("k1", "1.2"));
        float b = Float.parseFloat(System.getProperty("b", "0.5"));
        var problems = new java.util.ArrayList<nl.workinnl.assistant.corpus.DataProblem>();
        var vocabulary = new nl.workinnl.assistant.corpus.DataFileReader(new org.springframework.core.io.support.PathMatchingResourcePatternResolver(), "file:translations/", "translations", jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()).readOne("understanding.yaml", nl.workinnl.assistant.language.Vocabulary.class, problems).orElseThrow().value();
        MeasureSearch s = new MeasureSearch(t, vocabulary, new SearchProperties(k1, b, 3f, 0f));
        LanguageDetector d = new LanguageDetector(t.textsByLanguage());
        var qs = new java.util.ArrayList<QualityEvaluation.Question>(QualityEvaluation.read(Path.of("src/test/resources/eval/dev-questions.tsv")));
        qs.addAll(QualityEvaluation.read(Path.of("src/test/resources/eval/own-questions.tsv")));
        for (var q : qs) {
            if (!q.expect().startsWith("any:") && !q.expect().equals("none")) continue;
            Language l = d.detect(q.text(), Optional.empty()).language();
            List<SearchHit> h = s.search(q.text(), l);
            float top = h.isEmpty() ? 0 : h.get(0).score();
            float sec = h.size() > 1 ? h.get(1).score() : 0;
            String ok = q.expect().equals("none") ? "NONE" : (h.isEmpty() ? "MISS" : (q.expect().contains(h.get(0).measureId()) ? "ok" : "MISS"));
            System.out.printf("SCORE %s %-5s top=%6.2f sec=%6.2f %s %s%n", q.id(), ok, top, sec, h.isEmpty() ? "-" : h.get(0).measureId(), q.text());
        }
    }
}
