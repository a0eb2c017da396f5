package nl.workinnl.assistant.answer;

import java.util.List;
import nl.workinnl.assistant.language.Language;

/**
 * What the assistant says: the text in the answer language and the measures it cites. When
 * {@code answered} is false (greeting, out of scope, too unsure) there are no citations.
 */
public record Answer(Language language, boolean answered, String text, List<Citation> citations, Kind kind) {

    /** What sort of message was answered; channels use it (the bot shows feedback buttons only for TOPIC). */
    public enum Kind { TOPIC, LIST, COUNT, STATUS, GREETING, THANKS, HELP, UNSURE }

    public Answer {
        citations = List.copyOf(citations);
    }
}
