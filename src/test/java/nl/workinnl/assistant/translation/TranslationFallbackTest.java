package nl.workinnl.assistant.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.CorpusFixture;
import nl.workinnl.assistant.corpus.DataProblem;
import nl.workinnl.assistant.corpus.InvalidDataException;
import nl.workinnl.assistant.language.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing or stale translation never breaks an answer: the Dutch text stands in, marked as
 * untranslated. A mistake inside a translation file stops the start-up, naming file and field.
 */
class TranslationFallbackTest {

    @TempDir
    Path corpusDir;

    @TempDir
    Path translationsDir;

    @BeforeEach
    void copy() {
        CorpusFixture.copyTo(corpusDir);
        TranslationFixture.copyTo(translationsDir);
    }

    private static void edit(Path path, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(path, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the test's edit must change " + path).isNotEqualTo(before);
        Files.writeString(path, after, StandardCharsets.UTF_8);
    }

    private Translations load() {
        Corpus corpus = CorpusFixture.load(corpusDir);
        return TranslationFixture.load(translationsDir, corpus);
    }

    @Test
    void aChangedDutchSourceMakesItsTranslationsStaleAndTheDutchTextStandsIn() throws IOException {
        edit(corpusDir.resolve("measures/werk-4.yaml"), s -> s.replaceFirst("(?m)^summary: >-\\n", "summary: >-\n  Nieuw.\n"));
        Translations translations = load();

        assertThat(translations.issues()).extracting(TranslationIssue::file, TranslationIssue::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("translations/pl/measures/werk-4.yaml", TranslationIssue.Kind.STALE));
        assertThat(translations.issues()).filteredOn(i -> i.file().equals("translations/pl/measures/werk-4.yaml"))
                .singleElement().satisfies(i -> assertThat(i.detail()).contains("the Dutch source is now"));

        var measure = translations.corpus().measure("werk-4").orElseThrow();
        LocalizedMeasure polish = translations.measure(measure, Language.PL);
        assertThat(polish.translated()).isFalse();
        assertThat(polish.summary()).startsWith("Nieuw.");
        assertThat(polish.statusLabel()).as("the interface is still Polish").isNotEqualTo(translations.corpus().statusLabel(measure.status()));
        assertThat(translations.measure(translations.corpus().measure("werk-5").orElseThrow(), Language.PL).translated()).isTrue();
    }

    @Test
    void aMissingTranslationFileIsListedAndTheDutchTextStandsIn() throws IOException {
        Files.delete(translationsDir.resolve("ro/topics/taallessen.yaml"));
        Translations translations = load();
        assertThat(translations.issues()).extracting(Object::toString).contains("translations/ro/topics/taallessen.yaml: missing");
        var topic = translations.corpus().topic("taallessen").orElseThrow();
        LocalizedTopic romanian = translations.topic(topic, Language.RO);
        assertThat(romanian.translated()).isFalse();
        assertThat(romanian.text()).isEqualTo(topic.text());
    }

    @Test
    void aChangedDutchShortAnswerOfATopicMakesItsTranslationsStale() throws IOException {
        edit(corpusDir.resolve("topics/woonregels.yaml"), s -> s.replaceFirst("(?m)^shortAnswer: \"", "shortAnswer: \"Nieuw. "));
        Translations translations = load();
        assertThat(translations.issues()).extracting(TranslationIssue::file, TranslationIssue::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("translations/pl/topics/woonregels.yaml", TranslationIssue.Kind.STALE),
                        org.assertj.core.groups.Tuple.tuple("translations/bg/topics/woonregels.yaml", TranslationIssue.Kind.STALE));
        LocalizedTopic polish = translations.topic(translations.corpus().topic("woonregels").orElseThrow(), Language.PL);
        assertThat(polish.translated()).isFalse();
        assertThat(polish.shortAnswer()).startsWith("Nieuw. ");
    }

    @Test
    void aTopicTranslationWithoutShortAnswerIsAMistake() throws IOException {
        edit(translationsDir.resolve("pl/topics/woonregels.yaml"), s -> s.replaceFirst("(?m)^shortAnswer: .*\\n", ""));
        DataProblem p = problemOf(catchThrowableOfType(InvalidDataException.class, this::load), "translations/pl/topics/woonregels.yaml");
        assertThat(p.field()).isEqualTo("shortAnswer");
        assertThat(p.message()).contains("must not be blank");
    }

    @Test
    void aMissingOrStaleInterfaceTextFallsBackToDutch() throws IOException {
        edit(translationsDir.resolve("nl/interface.yaml"), s -> s.replace("thanks: \"Graag gedaan.", "thanks: \"Heel graag gedaan."));
        Translations translations = load();
        assertThat(translations.issues()).extracting(Object::toString)
                .anySatisfy(i -> assertThat(i).startsWith("translations/bg/interface.yaml: stale (messages.thanks"));
        assertThat(translations.messages().text(Language.BG, "thanks")).startsWith("Heel graag gedaan.");
        assertThat(translations.messages().text(Language.BG, "help")).doesNotContain("Ik zoek");
    }

    private DataProblem problemOf(InvalidDataException e, String file) {
        assertThat(e).as("loading must fail").isNotNull();
        return e.problems().stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + file + " in " + e.problems()));
    }

    @Test
    void aPlaceholderThatDiffersFromTheDutchIsAMistake() throws IOException {
        edit(translationsDir.resolve("en/interface.yaml"), s -> s.replaceFirst("\\{max\\}", "{maximum}"));
        DataProblem p = problemOf(catchThrowableOfType(InvalidDataException.class, this::load), "translations/en/interface.yaml");
        assertThat(p.field()).isEqualTo("messages.error.tooLong");
        assertThat(p.message()).contains("[maximum]").contains("[max]");
    }

    @Test
    void aPluralWithoutTheLanguagesCategoriesIsAMistake() throws IOException {
        edit(translationsDir.resolve("pl/interface.yaml"), s -> s.replaceFirst("few \\{# środki\\} ", ""));
        DataProblem p = problemOf(catchThrowableOfType(InvalidDataException.class, this::load), "translations/pl/interface.yaml");
        assertThat(p.field()).isEqualTo("messages.count.measures");
        assertThat(p.message()).contains("few");
    }

    @Test
    void brokenMessageSyntaxIsAMistake() throws IOException {
        edit(translationsDir.resolve("ro/interface.yaml"), s -> s.replaceFirst("\\{max\\}", "{max"));
        DataProblem p = problemOf(catchThrowableOfType(InvalidDataException.class, this::load), "translations/ro/interface.yaml");
        assertThat(p.field()).isEqualTo("messages.error.tooLong");
        assertThat(p.message()).contains("not a valid ICU message");
    }

    @Test
    void aTranslationOfAMeasureThatDoesNotExistIsAMistake() throws IOException {
        Files.copy(translationsDir.resolve("bg/measures/werk-1.yaml"), translationsDir.resolve("bg/measures/werk-9.yaml"));
        edit(translationsDir.resolve("bg/measures/werk-9.yaml"), s -> s.replaceFirst("(?m)^id: werk-1", "id: werk-9"));
        DataProblem p = problemOf(catchThrowableOfType(InvalidDataException.class, this::load), "translations/bg/measures/werk-9.yaml");
        assertThat(p.field()).isEqualTo("id");
        assertThat(p.message()).contains("no measures 'werk-9' in the corpus");
    }
}
