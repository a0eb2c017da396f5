package nl.workinnl.assistant.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The terminology base (translations/terminology.yaml): per language, each Dutch term's approved
 * rendering and the variants that are wrong. No translated file may hold a wrong variant; the
 * message names the file and the variant, so an editor finds it.
 */
class TerminologyTest {

    record Term(String dutch, String approved, List<String> wrong) {}

    @Test
    void noTranslatedFileUsesAWrongVariant() throws IOException {
        Map<String, List<Term>> base = YAMLMapper.builder().build().readValue(Path.of("translations/terminology.yaml").toFile(),
                new TypeReference<Map<String, List<Term>>>() {});
        assertThat(base).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (var language : base.entrySet()) {
            Path dir = Path.of("translations", language.getKey());
            assertThat(dir).as("translations/" + language.getKey()).isDirectory();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                for (Term term : language.getValue()) {
                    assertThat(term.approved()).as("approved rendering of '" + term.dutch() + "'").isNotBlank();
                    for (String wrong : term.wrong()) {
                        if (text.contains(wrong.toLowerCase(Locale.ROOT))) {
                            problems.add(file + ": '" + wrong + "' for '" + term.dutch() + "'; use '" + term.approved() + "'");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
