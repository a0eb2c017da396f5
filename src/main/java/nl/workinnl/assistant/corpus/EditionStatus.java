package nl.workinnl.assistant.corpus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The status a measure had in one edition of the monitoring overview: one entry of its {@code history}. */
public record EditionStatus(
        @NotBlank @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])", message = "must be year and month, like \"2025-11\"") String edition,
        @NotNull Status status) {}
