package nl.workinnl.assistant.corpus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A topic of the letter to parliament or a practical Work in NL topic. Topics never stand alone in
 * an answer: each names the measures it concerns, and those are what an answer cites.
 */
public record Topic(
        @NotBlank String id,
        @NotNull Kind kind,
        @NotBlank String title,
        // What answers first when the question found this topic directly: one to three plain sentences.
        @NotBlank String shortAnswer,
        @NotBlank String text,
        @NotEmpty List<@NotBlank String> sources,
        @NotEmpty List<@NotBlank String> measures,
        @NotEmpty List<@NotBlank String> keywords) {

    public enum Kind { LETTER, PRACTICAL }

    public Topic {
        sources = sources == null ? List.of() : List.copyOf(sources);
        measures = measures == null ? List.of() : List.copyOf(measures);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
