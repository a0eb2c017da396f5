package nl.workinnl.assistant.answer;

import java.util.List;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.language.Language;

/**
 * What the assistant says: the text in the answer language, the measures it cites, the measures it
 * offers as choices, and the context the next message of the conversation continues from. When
 * {@code answered} is false (greeting, out of scope, too unsure, a clarifying question) there are no
 * citations; a clarifying question has suggestions. {@code declinedPart}: of a message that asked two
 * questions, the one an answer to the other declined (empty when none).
 */
public record Answer(Language language, boolean answered, String text, List<Citation> citations, Kind kind,
                     List<Suggestion> suggestions, ConversationContext context, List<AnswerPart> parts, String declinedPart) {

    /** What sort of answer this is; channels use it (the bot shows feedback buttons only for TOPIC). */
    public enum Kind {
        /** About one measure. */
        TOPIC,
        /** A staff list of measures. */
        LIST,
        /** A staff count. */
        COUNT,
        /** The status of one named measure. */
        STATUS,
        GREETING,
        THANKS,
        HELP,
        /** Not sure what is asked: no measure fits well enough. */
        UNSURE,
        /** Several measures fit about equally: the user is asked to choose among the suggestions. */
        CLARIFY,
        /** A subject the measures do not cover (benefits, taxes, passports...), or a fact they do not hold. */
        NOT_COVERED
    }

    public Answer {
        citations = List.copyOf(citations);
        suggestions = List.copyOf(suggestions);
        parts = List.copyOf(parts);
        declinedPart = declinedPart == null ? "" : declinedPart;
    }

    /** An answer made of parts; its plain {@code text} is rendered from them. */
    static Answer of(Language language, boolean answered, List<AnswerPart> parts, List<Citation> citations, Kind kind) {
        return of(language, answered, parts, AnswerPart.plainText(parts), citations, kind);
    }

    /** An answer whose plain {@code text} is what a client without the parts shows first. */
    static Answer of(Language language, boolean answered, List<AnswerPart> parts, String text, List<Citation> citations, Kind kind) {
        return new Answer(language, answered, text, citations, kind, List.of(), ConversationContext.EMPTY, parts, "");
    }

    Answer withSuggestions(List<Suggestion> more) {
        return new Answer(language, answered, text, citations, kind, more, context, parts, declinedPart);
    }

    Answer withContext(ConversationContext next) {
        return new Answer(language, answered, text, citations, kind, suggestions, next, parts, declinedPart);
    }

    /** The same answer with {@code lead} said first. */
    Answer leadingWith(String lead) {
        List<AnswerPart> leading = new java.util.ArrayList<>();
        leading.add(new AnswerPart.Lead(lead));
        leading.addAll(parts);
        return new Answer(language, answered, lead + "\n\n" + text, citations, kind, suggestions, context, leading, declinedPart);
    }

    /**
     * The same answer with {@code note} said last: that {@code question}, the message's other
     * question, is declined. Editors see that question among the declined ones.
     */
    Answer withDeclinedPart(String note, String question) {
        List<AnswerPart> closing = new java.util.ArrayList<>(parts);
        closing.add(new AnswerPart.Lead(note));
        return new Answer(language, answered, text + "\n\n" + note, citations, kind, suggestions, context, closing, question);
    }

    /** The API's name of the kind: "topic", "not-covered". */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
