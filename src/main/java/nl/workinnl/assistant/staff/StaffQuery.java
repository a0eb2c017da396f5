package nl.workinnl.assistant.staff;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.workinnl.assistant.corpus.Status;

/**
 * A question by staff about the measures as a set: a list or a count, filtered by statuses (any of
 * them; none means all) less the excluded ones, and by themes (any of them; none means all); or the
 * status of one measure named in {@code subject}; or a question about the recorded editions; or the
 * measures with something dated in a {@code period}.
 */
public record StaffQuery(Type type, Set<Status> statuses, Set<Status> excluded, Set<String> themes, String subject,
                         java.util.Optional<Period> period) {

    public StaffQuery {
        statuses = Set.copyOf(statuses);
        excluded = Set.copyOf(excluded);
        themes = Set.copyOf(themes);
        if ((type == Type.DATED) != period.isPresent()) {
            throw new IllegalArgumentException("a period belongs to a dated query, and only there: " + type + " " + period);
        }
    }

    /** Every query but a dated one: no period. */
    public StaffQuery(Type type, Set<Status> statuses, Set<Status> excluded, Set<String> themes, String subject) {
        this(type, statuses, excluded, themes, subject, java.util.Optional.empty());
    }

    public boolean matches(Status status) {
        return (statuses.isEmpty() || statuses.contains(status)) && !excluded.contains(status);
    }

    public boolean inThemes(String theme) {
        return themes.isEmpty() || themes.contains(theme);
    }

    /**
     * This list narrowed by a follow-up ("which of these are delayed?", "only the housing ones",
     * "how many of them?"). Statuses asked on both turns meet; where they have nothing in common the
     * new ones are a new request ("and which are completed?" after the delayed ones) and replace the
     * old. Themes named now replace the old ones for the same reason.
     */
    public StaffQuery within(Type type, Set<Status> statuses, Set<Status> excluded, Set<String> themes) {
        Set<Status> asked = EnumSet.noneOf(Status.class);
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
        Set<Status> out = EnumSet.noneOf(Status.class);
        out.addAll(this.excluded);
        out.addAll(excluded);
        out.removeAll(statuses);
        asked.removeAll(out);
        // A dated list narrowed stays dated: "how many of them?" is answered with the dated list and its count.
        return new StaffQuery(period.isPresent() ? Type.DATED : type, asked, out, themes.isEmpty() ? this.themes : new LinkedHashSet<>(themes),
                "", period);
    }

    /**
     * What this list left out ("and the rest?"): of a list of some statuses, the other statuses in
     * the same themes; of one without statuses, or where {@code otherThemes} ("the opposite:
     * completed, but not health"), the same statuses in the other themes. Empty when it left out
     * nothing (every measure).
     */
    public java.util.Optional<StaffQuery> rest(Set<String> everyTheme, boolean otherThemes) {
        if (otherThemes || (statuses.isEmpty() && excluded.isEmpty())) {
            // No theme left out (none named, or every one), or a list of every theme: nothing is the rest.
            Set<String> others = new LinkedHashSet<>(everyTheme);
            others.removeAll(themes);
            return themes.isEmpty() || others.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(new StaffQuery(type, statuses, excluded, others, "", period));
        }
        if (!statuses.isEmpty()) {
            if (statuses.size() + excluded.size() >= Status.values().length) {
                return java.util.Optional.empty();
            }
            Set<Status> out = EnumSet.copyOf(statuses);
            out.addAll(excluded);
            return java.util.Optional.of(new StaffQuery(type, Set.of(), out, themes, "", period));
        }
        if (!excluded.isEmpty()) {
            return java.util.Optional.of(new StaffQuery(type, excluded, Set.of(), themes, "", period));
        }
        return java.util.Optional.empty();
    }

    /** The same themes, every status: "how many are there in total in this theme?". */
    public StaffQuery allStatuses() {
        return new StaffQuery(type, Set.of(), Set.of(), themes, "", period);
    }

    /** The same statuses in every theme ("how many delayed ones across all themes?"). */
    public StaffQuery allThemes() {
        return new StaffQuery(type, statuses, excluded, Set.of(), "", period);
    }

    public enum Type {
        LIST, COUNT, STATUS_OF,
        /** Since which edition the measure named in {@code subject} has its status. */
        SINCE_WHEN,
        /** The status changes between the last two recorded editions. */
        CHANGES,
        /** The measures that got one of {@code statuses} in the year of the latest edition. */
        CHANGED_THIS_YEAR,
        /** The theme or themes (among {@code themes}, or all) with the most measures of {@code statuses}. */
        MOST_IN_A_THEME,
        /** The theme or themes (among {@code themes}, or all) with the fewest measures of {@code statuses}. */
        FEWEST_IN_A_THEME,
        /** The measures (of {@code statuses} and {@code themes}) with a key fact dated in {@code period}. */
        DATED,
        /**
         * A list or count of measures was asked, but a negation in it could not be tied to what it
         * leaves out ("Welke vertraagde maatregelen hebben niet echt betrekking op huisvesting?"):
         * neither a list nor an answer about one measure would be honest.
         */
        UNREADABLE
    }
}
