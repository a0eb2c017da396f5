package nl.workinnl.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.language.LanguageDetector;
import nl.workinnl.assistant.language.Question;
import nl.workinnl.assistant.search.MeasureSearch;
import nl.workinnl.assistant.search.SearchHit;
import nl.workinnl.assistant.search.SearchProperties;
import nl.workinnl.assistant.staff.StaffAnswer;
import nl.workinnl.assistant.staff.StaffAnswers;
import nl.workinnl.assistant.staff.StaffQuery;
import nl.workinnl.assistant.staff.StaffQueryParser;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * The one pipeline behind every channel (the API, the Telegram bot, the web widget): decide the
 * language, tell small talk and staff questions from topic questions, find the measure, and put
 * the answer together from curated text, or say honestly that it does not know.
 */
public final class Assistant {

    /** Longest message accepted; longer ones are refused with a clear error, not cut. */
    public static final int MAX_LENGTH = 2000;
    private static final int MAX_RELATED = 2;
    /** A further measure is shown as related only when it scores at least this share of the best. */
    private static final float RELATED_SHARE = 0.45f;

    private final Translations translations;
    private final Corpus corpus;
    private final Messages messages;
    private final LanguageDetector detector;
    private final SmallTalk smallTalk;
    private final StaffQueryParser staffParser;
    private final StaffAnswers staffAnswers;
    private final MeasureSearch search;
    private final SearchProperties properties;
    private final TopicAnswerComposer composer;

    Assistant(Translations translations, LanguageDetector detector, SmallTalk smallTalk, StaffQueryParser staffParser,
              MeasureSearch search, SearchProperties properties) {
        this.translations = translations;
        this.corpus = translations.corpus();
        this.messages = translations.messages();
        this.detector = detector;
        this.smallTalk = smallTalk;
        this.staffParser = staffParser;
        this.staffAnswers = new StaffAnswers(translations);
        this.search = search;
        this.properties = properties;
        this.composer = new TopicAnswerComposer(translations);
    }

    /**
     * Answers a message. The text must be non-blank and at most {@link #MAX_LENGTH} characters
     * (callers check and say so); {@code hint} is the language the user chose, used where the
     * text does not make its language clear.
     */
    public Answer ask(String text, Optional<Language> hint) {
        return ask(text, hint, ConversationContext.EMPTY);
    }

    /** Answers the next message of a conversation, continuing from {@code context}. */
    public Answer ask(String text, Optional<Language> hint, ConversationContext context) {
        Question question = Question.of(text);
        Optional<SmallTalk.Match> talk = smallTalk.match(question);
        LanguageDetector.Detection detection = detector.detect(question, hint);
        if (talk.isPresent()) {
            // "cześć" is Polish whatever the hint; "ok" or "hey" are answered in the chosen language.
            Language language = talk.get().language().orElse(hint.orElse(detection.language()));
            return smallTalkAnswer(talk.get().kind(), language);
        }
        Language language = detection.language();
        Optional<StaffQuery> staff = staffParser.parse(question, language);
        if (staff.isPresent()) {
            Optional<Answer> answer = staffAnswer(staff.get(), language);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return topicAnswer(question, language);
    }

    private Optional<Answer> staffAnswer(StaffQuery query, Language language) {
        switch (query.type()) {
            case LIST -> {
                StaffAnswer a = staffAnswers.list(query, language);
                return Optional.of(new Answer(language, true, a.text(), citations(a), Answer.Kind.LIST));
            }
            case COUNT -> {
                StaffAnswer a = staffAnswers.count(query, language);
                return Optional.of(new Answer(language, true, a.text(), citations(a), Answer.Kind.COUNT));
            }
            case STATUS_OF -> {
                List<SearchHit> hits = search.search(Question.of(query.subject()), language);
                if (hits.isEmpty() || !properties.confident(hits.getFirst())) {
                    return Optional.empty();
                }
                LocalizedMeasure m = localized(hits.getFirst().measureId(), language);
                String text = staffAnswers.statusOf(m, language) + "\n" + messages.text(language, "answer.readMore") + ": "
                        + Citation.of(m).url();
                if (!m.translated()) {
                    text = messages.text(language, "answer.untranslated") + "\n\n" + text;
                }
                return Optional.of(new Answer(language, true, text, List.of(Citation.of(m)), Answer.Kind.STATUS));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static List<Citation> citations(StaffAnswer a) {
        return a.measures().stream().map(Citation::of).toList();
    }

    private Answer topicAnswer(Question question, Language language) {
        List<SearchHit> hits = search.search(question, language);
        if (hits.isEmpty() || !properties.confident(hits.getFirst())) {
            return unsure(language);
        }
        SearchHit best = hits.getFirst();
        List<LocalizedMeasure> related = new ArrayList<>();
        for (SearchHit h : hits.subList(1, hits.size())) {
            if (related.size() == MAX_RELATED || h.score() < best.score() * RELATED_SHARE) {
                break;
            }
            related.add(localized(h.measureId(), language));
        }
        return composer.compose(language, localized(best.measureId(), language), related, best.topicId());
    }


    private LocalizedMeasure localized(String measureId, Language language) {
        return translations.measure(corpus.measure(measureId).orElseThrow(), language);
    }

    private Answer smallTalkAnswer(Answer.Kind kind, Language language) {
        String text = switch (kind) {
            case GREETING -> messages.text(language, "greeting") + "\n\n" + messages.text(language, "help");
            case THANKS -> messages.text(language, "thanks");
            default -> messages.text(language, "help") + "\n\n" + themesLine(language);
        };
        return new Answer(language, false, text, List.of(), kind);
    }

    Answer unsure(Language language) {
        String text = messages.text(language, "fallback.unsure") + "\n\n" + themesLine(language) + "\n\n"
                + messages.text(language, "fallback.personalHelp");
        return new Answer(language, false, text, List.of(), Answer.Kind.UNSURE);
    }

    /** "I can tell you about: ..." with the theme names in the language; also the bot's help. */
    public String themesLine(Language language) {
        String themes = String.join(", ", corpus.themes().stream().map(t -> translations.theme(t, language).name()).toList());
        return messages.format(language, "fallback.themes", Map.of("themes", themes));
    }
}
