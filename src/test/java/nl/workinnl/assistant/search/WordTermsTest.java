package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.QualityEvaluation;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.translation.TranslationFixture;
import nl.workinnl.assistant.translation.Translations;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A text's terms put together word by word (each word analysed alone, or its term remembered) are
 * the terms its field's analyzer makes of the whole text: for every question of every question
 * set, as asked, cleaned and folded, in every field. Guards the premise that every field's analysis
 * treats each word of the standard tokenizer on its own.
 */
class WordTermsTest {

    @Test
    void sameTermsAsTheAnalyzersForEveryQuestion() throws IOException {
        Translations translations = TranslationFixture.repositoryTranslations();
        Vocabulary vocabulary = AssistantFixture.vocabulary(translations);
        Map<String, Analyzer> perField = FieldAnalyzers.perField(vocabulary::fillerWords);
        Analyzer analyzer = FieldAnalyzers.wrap(perField);
        // Every word's term remembered, as if every field held it: the most that memory could get wrong.
        WordTerms wordTerms = new WordTerms(analyzer, perField, (field, term) -> true);

        List<String> questions = new ArrayList<>();
        try (var sets = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path set : sets.filter(p -> p.toString().endsWith("-questions.tsv")).sorted().toList()) {
                QualityEvaluation.read(set).forEach(q -> questions.add(q.text()));
            }
        }
        assertThat(questions).hasSizeGreaterThan(1000);
        int compared = 0;
        // Twice: the first time each word is analysed alone, the second time most are remembered.
        for (String text : questions) {
            compared += compare(wordTerms, analyzer, perField.keySet(), text);
        }
        for (String text : questions) {
            compared += compare(wordTerms, analyzer, perField.keySet(), text);
        }
        assertThat(compared).isGreaterThan(200_000);
    }

    private static int compare(WordTerms wordTerms, Analyzer analyzer, java.util.Set<String> fields, String text) throws IOException {
        int compared = 0;
        Question q = Question.of(text);
        for (String form : List.of(text, q.clean(), q.folded())) {
            List<String> words = wordTerms.words(form);
            for (String field : fields) {
                assertThat(wordTerms.terms(field, words)).as(field + ": " + form).isEqualTo(WordTerms.analyse(analyzer, field, form));
                compared++;
            }
        }
        return compared;
    }
}
