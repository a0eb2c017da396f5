package nl.workinnl.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.language.Vocabulary;
import nl.workinnl.assistant.corpus.Corpus;
import nl.workinnl.assistant.corpus.Topic;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.translation.LocalizedMeasure;
import nl.workinnl.assistant.translation.LocalizedTopic;
import nl.workinnl.assistant.translation.Messages;
import nl.workinnl.assistant.translation.Translations;

/**
 * Puts together the answer to a question about one topic, only from curated text: the measure's
 * plain summary and what it means for the reader, its status and date, a link to its page, the
 * practical help of a topic where the question came through one, and at most two related measures.
 */
final class TopicAnswerComposer {

    /** The practical topic on where to get personal help, shown when a follow-up asks for help. */
    static final String HELP_TOPIC = "hulp-waar-terecht";

    private final Translations translations;
    private final Messages messages;
    private final Corpus corpus;
    /**
     * Each status line formatted once per language, status and date: they are the corpus's, so few,
     * and ICU's MessageFormat with its date costs more than the rest of an answer.
     */
    private final Map<StatusLine, String> statusLines = new java.util.concurrent.ConcurrentHashMap<>();

    private record StatusLine(Language language, String status, String date) {}

    TopicAnswerComposer(Translations translations) {
        this.translations = translations;
        this.messages = translations.messages();
        this.corpus = translations.corpus();
    }

    /**
     * The answer about {@code best}. A follow-up that asks one aspect of it gets that first: when it
     * changes or whether it is done leads with its status, what it means for the reader with that
     * text, where to report it or get help with the general help topic; asked to say it simpler, only what it
     * means for the reader and its status.
     */
    Answer compose(Language language, LocalizedMeasure best, List<LocalizedMeasure> related, String topicId,
                   boolean topicLeads, Optional<Vocabulary.Aspect> aspect) {
        if (aspect.filter(a -> a == Vocabulary.Aspect.HELP || a == Vocabulary.Aspect.REPORT).isPresent() && topicId == null) {
            topicId = HELP_TOPIC;
        }
        List<AnswerPart> parts = new ArrayList<>();
        aspect.filter(a -> a == Vocabulary.Aspect.WHEN || a == Vocabulary.Aspect.DONE || a == Vocabulary.Aspect.WHO)
                .ifPresent(a -> parts.add(new AnswerPart.Lead(messages.format(language, "statusOf", Map.of("title", best.title(),
                        "status", best.statusLabel(), "date", Messages.month(best.statusDate()))))));
        LocalizedTopic topic = topicId == null ? null
                : corpus.topic(topicId).map(t -> translations.topic(t, language)).orElse(null);
        boolean untranslated = !best.translated() || (topic != null && !topic.translated());
        if (untranslated) {
            parts.add(new AnswerPart.Lead(messages.text(language, "answer.untranslated")));
        }
        // What answers first: the curated short answer (what it means for the reader, when that was
        // asked), then the measure's status and page; the longer texts follow as details.
        boolean forMe = aspect.filter(a -> a == Vocabulary.Aspect.FOR_ME).isPresent();
        boolean simpler = aspect.filter(a -> a == Vocabulary.Aspect.SIMPLER).isPresent();
        // A topic of the letter or of practical help that the question found directly ("may they take
        // the rent from my pay?") answers with its own curated short answer; the measure is cited beside it.
        boolean fromTopic = topicLeads && topic != null && aspect.isEmpty();
        parts.add(new AnswerPart.Lead(fromTopic ? topic.shortAnswer()
                : forMe || simpler ? best.forYou() : best.shortAnswer()));
        parts.add(new AnswerPart.MeasureLink(Citation.of(best), status(language, best), messages.text(language, "answer.readMore")));
        List<AnswerPart> first = List.copyOf(parts);
        if (simpler) {
            // "Shorter, please": what it means for the reader and the status, nothing more.
            return Answer.of(language, true, parts, AnswerPart.plainText(parts), List.of(Citation.of(best)), Answer.Kind.TOPIC);
        }
        if (fromTopic) {
            parts.add(new AnswerPart.Section(topic.title(), topic.text()));
            parts.add(new AnswerPart.Section(best.title(), best.shortAnswer()));
        }
        parts.add(new AnswerPart.Section(best.title(), best.summary()));
        if (!forMe) {
            parts.add(new AnswerPart.Section(messages.text(language, "answer.forYou"), best.forYou()));
        }
        if (topic != null && topic.source().kind() == Topic.Kind.PRACTICAL && !fromTopic) {
            parts.add(new AnswerPart.Section(messages.text(language, "answer.help"), topic.text()));
        }
        if (!related.isEmpty()) {
            parts.add(new AnswerPart.MeasureList(messages.text(language, "answer.related"), related.stream().map(Citation::of).toList()));
        }
        List<Citation> citations = new ArrayList<>();
        citations.add(Citation.of(best));
        related.forEach(r -> citations.add(Citation.of(r)));
        return Answer.of(language, true, parts, AnswerPart.plainText(first), citations, Answer.Kind.TOPIC);
    }

    String status(Language language, LocalizedMeasure m) {
        return statusLines.computeIfAbsent(new StatusLine(language, m.statusLabel(), m.statusDate()),
                line -> messages.format(language, "answer.status", Map.of("status", line.status(), "date", Messages.month(line.date()))));
    }
}
