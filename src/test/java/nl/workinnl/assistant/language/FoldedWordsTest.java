package nl.workinnl.assistant.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.workinnl.assistant.answer.QualityEvaluation;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void wordsAreTheRunsOfLettersAndNumbersFolded() {
        FoldedWords words = FoldedWords.of("Hoeveel? Alle-maal 😡 Założyć ①");
        assertThat(words.words()).containsExactly("hoeveel", "alle", "maal", "zalozyc", "1");
        assertThat(words.start(1)).isEqualTo(9);
        assertThat(words.end(1)).isEqualTo(13);
    }

    /** The words and their places as a matcher of {@code [\p{L}\p{N}]+} finds them, for every question of every set. */
    @Test
    void asTheRegularExpressionFindsThemInEveryQuestion() throws IOException {
        List<String> questions = new ArrayList<>();
        try (var sets = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path set : sets.filter(p -> p.toString().endsWith("-questions.tsv")).sorted().toList()) {
                QualityEvaluation.read(set).forEach(q -> questions.add(q.text()));
            }
        }
        assertThat(questions).hasSizeGreaterThan(1000);
        for (String text : questions) {
            for (String form : List.of(text, TextNormalizer.clean(text))) {
                FoldedWords words = FoldedWords.of(form);
                Matcher m = WORD.matcher(form);
                int i = 0;
                while (m.find()) {
                    assertThat(words.words().get(i)).as(form).isEqualTo(TextNormalizer.foldCleaned(TextNormalizer.clean(m.group())));
                    assertThat(words.start(i)).isEqualTo(m.start());
                    assertThat(words.end(i)).isEqualTo(m.end());
                    i++;
                }
                assertThat(words.words()).as(form).hasSize(i);
            }
        }
    }
}
