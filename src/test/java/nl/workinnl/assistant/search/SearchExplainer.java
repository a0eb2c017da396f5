package nl.workinnl.assistant.search;

import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.LanguageDetector;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.Citation;




import nl.workinnl.assistant.translation.TranslationFixture;
import nl.workinnl.assistant.translation.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A tool for editors and developers, not a test: what the search finds for questions given as
 * {@code -Dq="first|second"}, with scores, coverage and the best not-covered subject. With
 * {@code -Dconv=true} the questions are the turns of one conversation, each asked with the context
 * the previous answer returned.
 */
@EnabledIfSystemProperty(named = "q", matches = ".+")
class SearchExplainer {

    @Test
    void explain() {
        Translations translations = TranslationFixture.repositoryTranslations();
        Vocabulary vocabulary = AssistantFixture.vocabulary(translations);
        NotCoveredSubjects subjects = AssistantFixture.notCoveredSubjects(translations);
        var search = new MeasureSearch(translations, vocabulary, subjects, SearchProperties.defaults());
        var index = new MeasureIndex(translations, vocabulary, subjects, SearchProperties.defaults());
        var detector = Assistant.detector(translations, vocabulary, subjects);
        Assistant assistant = AssistantFixture.assistant();
        boolean conversation = Boolean.getBoolean("conv");
        var followUps = new nl.workinnl.assistant.dialogue.FollowUps(vocabulary);
        var context = nl.workinnl.assistant.dialogue.ConversationContext.EMPTY;
        for (String text : System.getProperty("q").split("\\|")) {
            Question q = Question.of(text);
            Language language = detector.detect(q, Optional.empty()).language();
            SearchResult r = search.search(q, language);
            System.out.println("\n### " + text + " [" + language.code() + "]");
            r.hits().stream().limit(6).forEach(h -> System.out.printf("  %-16s %6.2f cov %.2f %s%n", h.measureId(), h.score(), h.coverage(),
                    h.topicId() == null ? "" : "via " + h.topicId()));
            try {
                String field = Fields.folded(language);
                for (String t : index.terms(field, q.folded())) {
                    System.out.printf("    term %-10s df %2d%s in top: %s%n", t, index.corpusDocFreq(field, t), index.background(field, t) ? " (background)" : "",
                            r.hits().stream().limit(3).map(h -> index.documentTerms(h.topicId() != null ? h.topicId() : h.measureId(), field).contains(t) ? "y" : "-").toList());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            r.notCovered().ifPresent(n -> System.out.printf("  NOT-COVERED %s %6.2f cov %.2f beyond %.2f%n", n.subject(), n.score(), n.coverage(), n.beyondCorpus()));
            if (conversation) {
                System.out.println("  own words: '" + followUps.remainder(q, language).words() + "' " + search.words(followUps.remainder(q, language), language));
            }
            var a = assistant.ask(text, Optional.empty(), conversation ? context : nl.workinnl.assistant.dialogue.ConversationContext.EMPTY);
            context = a.context();
            System.out.println("  => " + a.kind() + " answered=" + a.answered() + " " + a.language().code() + " "
                    + a.citations().stream().map(Citation::id).toList() + " offers " + a.suggestions().stream().map(sg -> sg.id()).toList());
            if (Boolean.getBoolean("ctx")) {
                System.out.println("  context: " + context);
            }
            if (Boolean.getBoolean("text")) {
                System.out.println("  text: " + a.text().replace("\n", " / "));
            }
        }
    }
}
