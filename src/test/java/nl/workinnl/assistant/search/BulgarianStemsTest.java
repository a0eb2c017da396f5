package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.workinnl.assistant.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The definite and plural forms of Bulgarian nouns in "-ция" meet the plain form in the stemmed fields. */
class BulgarianStemsTest {

    private static List<String> terms(String text) throws Exception {
        Analyzer analyzer = FieldAnalyzers.create(language -> List.of());
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.text(Language.BG), text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(t.toString());
            }
            ts.end();
        }
        return terms;
    }

    @ParameterizedTest
    @CsvSource({"регистрация, регистрацията", "експлоатация, експлоатацията", "агенция, агенциите", "информация, информацията"})
    void formsOfOneNounMeet(String plain, String other) throws Exception {
        assertThat(terms(other)).isEqualTo(terms(plain));
    }
}
