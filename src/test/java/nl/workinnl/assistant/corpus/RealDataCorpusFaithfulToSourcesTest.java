package nl.workinnl.assistant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A check of the real data (hence the name), not a behaviour test: nothing in the repository's corpus
 * that its sources do not say. The official texts are the overview's own words, and every number,
 * date, web address or phone-like string in the plain texts stands in a source document; after an
 * import it names what the editor must bring in line with the new edition.
 */
class RealDataCorpusFaithfulToSourcesTest {

    private static Corpus corpus;
    private static String sources;

    @BeforeAll
    static void load() throws IOException {
        corpus = CorpusFixture.repositoryCorpus();
        StringBuilder all = new StringBuilder();
        for (Catalogue.Source source : corpus.catalogue().sources()) {
            all.append(Files.readString(CorpusFixture.CORPUS.resolve(source.file()), StandardCharsets.UTF_8)).append('\n');
        }
        sources = flatten(all.toString());
    }

    /** The sources without HTML tags, list markers and line breaks, so that sentences can be found. */
    private static String flatten(String text) {
        return text.replaceAll("<[^>]+>", " ")
                .replaceAll("\\*\\*", "")
                .replaceAll("(?m)^\\s*[-•]\\s+", " ")
                .replaceAll("[\\s\\u00a0]+", " ");
    }

    @Test
    void everyParagraphOfAnOfficialTextIsTheOverviewsOwnWords() {
        List<String> missing = new ArrayList<>();
        for (Measure m : corpus.measures()) {
            for (String paragraph : m.officialText().split("\\n\\s*\\n|\\n- ")) {
                String flat = flatten(paragraph).trim().replaceFirst("^- ", "");
                // Sentences are compared one by one: the overview breaks some across pages.
                for (String sentence : flat.split("(?<=[.;:])\\s+")) {
                    if (sentence.length() > 12 && !sources.contains(sentence.trim())) {
                        missing.add(m.id() + ": " + sentence);
                    }
                }
            }
        }
        assertThat(missing).as("sentences not found in the overview").isEmpty();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?: \\d{4})?");
    private static final Pattern WEB = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w.-]+\\.(?:nl|com|eu|org)\\b");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d -]{7,}\\d");

    private static Stream<Text> plainTexts() {
        Stream<Text> measures = corpus.measures().stream().flatMap(m -> Stream.concat(
                Stream.of(new Text(m.id() + ".shortAnswer", m.shortAnswer()), new Text(m.id() + ".summary", m.summary()),
                        new Text(m.id() + ".forYou", m.forYou())),
                m.keyFacts().stream().map(f -> new Text(m.id() + ".keyFacts", f))));
        Stream<Text> topics = corpus.topics().stream().flatMap(t -> Stream.of(
                new Text(t.id() + ".shortAnswer", t.shortAnswer()), new Text(t.id() + ".text", t.text())));
        Stream<Text> themes = corpus.themes().stream().map(t -> new Text(t.id() + ".summary", t.summary()));
        return Stream.of(measures, topics, themes).flatMap(s -> s);
    }

    record Text(String where, String text) {}

    @Test
    void everyNumberAndDateInThePlainTextsStandsInTheSources() {
        List<String> invented = new ArrayList<>();
        plainTexts().forEach(t -> {
            String flat = flatten(t.text());
            Matcher n = NUMBER.matcher(flat);
            while (n.find()) {
                if (!sources.contains(n.group())) {
                    invented.add(t.where() + ": number " + n.group());
                }
            }
            Matcher d = DATE.matcher(flat);
            while (d.find()) {
                if (!sources.contains(d.group())) {
                    invented.add(t.where() + ": date " + d.group());
                }
            }
        });
        assertThat(invented).isEmpty();
    }

    @Test
    void noWebAddressOrPhoneNumberThatTheSourcesDoNotGive() {
        List<String> invented = new ArrayList<>();
        plainTexts().forEach(t -> {
            Matcher w = WEB.matcher(t.text());
            while (w.find()) {
                String address = w.group().replaceAll("[.,)]+$", "");
                if (!sources.contains(address)) {
                    invented.add(t.where() + ": " + address);
                }
            }
            Matcher p = PHONE.matcher(t.text());
            while (p.find()) {
                invented.add(t.where() + ": phone-like " + p.group());
            }
        });
        assertThat(invented).isEmpty();
    }
}
