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
        @NotEmpty List<@NotBlank String> keywords) {

    public Theme {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
