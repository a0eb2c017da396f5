package nl.workinnl.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Where the check says no term is one edit away, Lucene's one-edit FuzzyQuery (first letter fixed) finds none either. */
class OneEditNeighboursTest {

    private static final List<String> TERMS = List.of("mieszkan", "mieszkani", "huur", "huurder", "loon", "werkgever",
            "работ", "работодател", "salariu", "salarii", "zorg", "zorgtoeslag", "bsn", "digid", "uitzendbureau");

    @Test
    void noNeighbourMeansTheFuzzyQueryFindsNothing() throws IOException {
        OneEditNeighbours neighbours = new OneEditNeighbours(Map.of("kw", Set.copyOf(TERMS)));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (String term : TERMS) {
                    Document doc = new Document();
                    doc.add(new StringField("kw", term, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int none = 0;
                for (String word : words()) {
                    boolean found = searcher.count(new FuzzyQuery(new Term("kw", word), 1, 1, 20, false)) > 0;
                    assertThat(neighbours.mayHave("kw", word) || !found).as(word).isTrue();
                    none += found ? 0 : 1;
                }
                assertThat(none).as("words without a neighbour").isGreaterThan(100);
            }
        }
    }

    @Test
    void editsAreCountedByCharacter() {
        assertThat(OneEditNeighbours.withinOneEdit("huur", "huur")).isTrue();
        assertThat(OneEditNeighbours.withinOneEdit("huur", "huurr")).isTrue();
        assertThat(OneEditNeighbours.withinOneEdit("huurr", "huur")).isTrue();
        assertThat(OneEditNeighbours.withinOneEdit("huur", "hurr")).isTrue();
        assertThat(OneEditNeighbours.withinOneEdit("huur", "uhur")).isFalse();
        assertThat(OneEditNeighbours.withinOneEdit("huur", "hu")).isFalse();
        assertThat(OneEditNeighbours.withinOneEdit("loon", "lono")).isFalse();
    }

    /** Each term with every one- and two-character edit of a few kinds, and random words. */
    private static List<String> words() {
        List<String> words = new ArrayList<>();
        String letters = "aeiouzrnkstмрбд";
        Random random = new Random(42);
        for (String term : TERMS) {
            for (int i = 0; i <= term.length(); i++) {
                for (char c : letters.toCharArray()) {
                    words.add(term.substring(0, i) + c + term.substring(i));
                    if (i < term.length()) {
                        words.add(term.substring(0, i) + c + term.substring(i + 1));
                        words.add(term.substring(0, i) + c + c + term.substring(Math.min(term.length(), i + 2)));
                    }
                }
                if (i < term.length()) {
                    words.add(term.substring(0, i) + term.substring(i + 1));
                }
            }
        }
        for (int n = 0; n < 500; n++) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < 3 + random.nextInt(8); i++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        return words;
    }
}
