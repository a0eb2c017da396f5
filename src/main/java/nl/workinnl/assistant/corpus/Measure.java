package nl.workinnl.assistant.corpus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One of the 41 measures, in Dutch, as an editor wrote it in {@code corpus/measures/<id>.yaml}, with
 * the statuses of the editions of the overview it has been through.
 */
public record Measure(
        @NotBlank @Pattern(regexp = "[a-z]+-[0-9]+[a-z]?") String id,
        @NotBlank String theme,
        @NotBlank @Pattern(regexp = "[0-9]+[a-z]?") String number,
        @NotBlank String title,
        @NotNull Status status,
        @NotBlank @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])", message = "must be year and month, like \"2025-11\"") String statusDate,
        @NotBlank String source,
        @NotBlank String shortAnswer,
        @NotBlank String summary,
        @NotBlank String forYou,
        @NotBlank String officialText,
        List<@NotBlank String> keyFacts,
        List<@NotBlank String> related,
        @NotEmpty List<@NotBlank String> keywords,
        // Oldest first; the last entry is the current status and statusDate (checked by CorpusLoader).
        @NotEmpty List<@Valid @NotNull EditionStatus> history) {

    public Measure {
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        related = related == null ? List.of() : List.copyOf(related);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
