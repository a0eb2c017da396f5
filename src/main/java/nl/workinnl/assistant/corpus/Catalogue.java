package nl.workinnl.assistant.corpus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;

/**
 * What {@code corpus/catalogue.yaml} states: the overview's dashboard, the Dutch status labels, the
 * order of themes and statuses, and the source documents. The measure files must add up to it.
 */
public record Catalogue(
        @NotBlank @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])") String statusDate,
        @PositiveOrZero int total,
        @NotEmpty List<@Valid StatusEntry> statuses,
        @NotEmpty List<@Valid ThemeEntry> themes,
        @NotEmpty List<@Valid Source> sources) {

    public record StatusEntry(@NotNull Status code, @NotBlank String label, @PositiveOrZero int count) {}

    public record ThemeEntry(@NotBlank String id, @PositiveOrZero int count) {}

    public record Source(@NotBlank String key, @NotBlank String title, @NotBlank String date, @NotBlank String file) {}

    public Catalogue {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        themes = themes == null ? List.of() : List.copyOf(themes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public String label(Status status) {
        return statuses.stream().filter(s -> s.code() == status).map(StatusEntry::label).findFirst().orElse(status.name());
    }

    public Optional<Source> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
