package nl.workinnl.assistant.staff;

import java.util.Optional;
import java.util.Set;
import nl.workinnl.assistant.corpus.Status;

/**
 * A question by staff about the measures as a set: a list or a count, filtered by statuses (any of
 * them; none means all) less the excluded ones, and/or a theme; or the status of one measure named
 * in {@code subject}.
 */
public record StaffQuery(Type type, Set<Status> statuses, Set<Status> excluded, Optional<String> theme, String subject) {

    public StaffQuery {
        statuses = Set.copyOf(statuses);
        excluded = Set.copyOf(excluded);
    }

    public boolean matches(Status status) {
        return (statuses.isEmpty() || statuses.contains(status)) && !excluded.contains(status);
    }

    public enum Type { LIST, COUNT, STATUS_OF }
}
