package nl.workinnl.assistant.staff;

import java.util.Optional;
import nl.workinnl.assistant.corpus.Status;

/**
 * A question by staff about the measures as a set: a list or a count, filtered by status and/or
 * theme, or the status of one measure named in {@code subject}.
 */
public record StaffQuery(Type type, Optional<Status> status, Optional<String> theme, String subject) {

    public enum Type { LIST, COUNT, STATUS_OF }
}
