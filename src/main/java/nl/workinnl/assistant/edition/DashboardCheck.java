package nl.workinnl.assistant.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.workinnl.assistant.corpus.Status;

/**
 * Whether the document's own dashboard agrees with the measures it lists. The 2025 edition does not
 * everywhere (its "Handhaving en toezicht" row), so disagreements are reported, not refused: the
 * corpus takes its figures from the measures.
 */
final class DashboardCheck {

    private DashboardCheck() {}

    static List<String> disagreements(OverviewDocument document, Map<Status, String> labels) {
        List<String> found = new ArrayList<>();
        check(document.dashboard().overall(), document.measures(), labels, found);
        for (DocumentDashboard.Row row : document.dashboard().themes()) {
            check(row, document.measures().stream().filter(m -> m.theme().equals(row.theme())).toList(), labels, found);
        }
        document.measures().stream().map(OverviewMeasure::theme).distinct()
                .filter(theme -> document.dashboard().theme(theme).isEmpty())
                .forEach(theme -> found.add("the dashboard has no row for theme '" + theme + "', which has measures"));
        return found;
    }

    private static void check(DocumentDashboard.Row row, List<OverviewMeasure> measures, Map<Status, String> labels, List<String> found) {
        String where = "row '" + row.heading() + "' (line " + row.line() + ")";
        if (row.sumOfStatuses() != row.total()) {
            found.add(where + ": total " + row.total() + ", but its statuses add up to " + row.sumOfStatuses());
        }
        if (measures.size() != row.total()) {
            found.add(where + ": total " + row.total() + ", but the document lists " + measures.size() + " measures");
        }
        Map<Status, Integer> actual = new EnumMap<>(Status.class);
        measures.forEach(m -> actual.merge(m.status(), 1, Integer::sum));
        for (Status s : Status.values()) {
            int stated = row.perStatus().getOrDefault(s, 0);
            int counted = actual.getOrDefault(s, 0);
            if (stated != counted) {
                found.add(where + ": '" + labels.getOrDefault(s, s.name()) + "' " + stated + ", but " + counted
                        + " of its measures have that status");
            }
        }
    }
}
