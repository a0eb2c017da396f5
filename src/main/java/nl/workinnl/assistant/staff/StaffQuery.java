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

    /**
     * This list narrowed by a follow-up ("which of these are delayed?", "only the housing ones",
     * "how many of them?"). Statuses asked on both turns meet; where they have nothing in common the
     * new ones are a new request ("and which are completed?" after the delayed ones) and replace the
     * old. A theme named now replaces the old one for the same reason.
     */
    public StaffQuery within(Type type, Set<Status> statuses, Set<Status> excluded, Optional<String> theme) {
        Set<Status> asked = java.util.EnumSet.noneOf(Status.class);
        if (this.statuses.isEmpty()) {
            asked.addAll(statuses);
        } else if (statuses.isEmpty()) {
            asked.addAll(this.statuses);
        } else {
            asked.addAll(this.statuses);
            asked.retainAll(statuses);
            if (asked.isEmpty()) {
                asked.addAll(statuses);
            }
        }
        Set<Status> out = java.util.EnumSet.noneOf(Status.class);
        out.addAll(this.excluded);
        out.addAll(excluded);
        out.removeAll(statuses);
        asked.removeAll(out);
        return new StaffQuery(type, asked, out, theme.isPresent() ? theme : this.theme, "");
    }

    public enum Type { LIST, COUNT, STATUS_OF }
}
