package nl.workinnl.assistant.corpus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** One of the seven themes of the overview, from {@code corpus/themes/<id>.yaml}. */
public record Theme(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String intro,
        @NotBlank String summary,
        @NotEmpty List<@NotBlank String> keywords,
        // Headings an edition of the overview has used for the theme besides its name, so that the
        // edition import recognises them ("Informatie en dienstverlening").
        List<@NotBlank String> otherNames) {

    public Theme {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }
}
