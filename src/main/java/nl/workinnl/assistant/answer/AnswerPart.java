package nl.workinnl.assistant.answer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One part of an answer, in the answer's language, for each channel to render its own way (plain
 * text for the API, HTML with links for Telegram): no channel has to find a link or a status in
 * text again.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AnswerPart.Lead.class, name = "lead"),
        @JsonSubTypes.Type(value = AnswerPart.Section.class, name = "section"),
        @JsonSubTypes.Type(value = AnswerPart.MeasureLink.class, name = "measure"),
        @JsonSubTypes.Type(value = AnswerPart.MeasureList.class, name = "measures")})
public sealed interface AnswerPart {

    /** What answers the question first: a sentence or two. */
    record Lead(String text) implements AnswerPart {}

    /** A block with an optional heading: the measure's summary under its title, "what this means for you", help. */
    record Section(String heading, String text) implements AnswerPart {}

    /** The measure's status with its date, and the link to its page. */
    record MeasureLink(Citation measure, String status, String label) implements AnswerPart {}

    /** Measures listed with their statuses: a staff list, related measures, choices. */
    record MeasureList(String heading, List<Citation> measures) implements AnswerPart {

        public MeasureList {
            measures = List.copyOf(measures);
        }
    }

    /** The parts as the plain text of the API's {@code text}: blocks separated by an empty line. */
    static String plainText(List<AnswerPart> parts) {
        StringBuilder out = new StringBuilder();
        for (AnswerPart part : parts) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            switch (part) {
                case Lead lead -> out.append(lead.text());
                case Section section -> out.append(section.heading().isEmpty() ? "" : section.heading() + "\n").append(section.text());
                case MeasureLink link -> out.append(link.status()).append("\n").append(link.label()).append(": ").append(link.measure().url());
                case MeasureList list -> {
                    out.append(list.heading());
                    for (Citation c : list.measures()) {
                        out.append("\n- ").append(c.title()).append(" (").append(c.statusLabel()).append(")");
                    }
                }
            }
        }
        return out.toString();
    }
}
