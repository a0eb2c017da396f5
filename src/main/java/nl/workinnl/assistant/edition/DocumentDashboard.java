package nl.workinnl.assistant.edition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.workinnl.assistant.corpus.Status;

/**
 * The dashboard at the start of the overview as the document states it: a row for all measures and
 * one per theme, each with its total and its count per status. The document's figures need not
 * agree with its own measures; the import reports where they do not.
 */
record DocumentDashboard(Row overall, List<Row> themes) {

    /** {@code theme} is null for the row of all measures. */
    record Row(String theme, String heading, int line, int total, Map<Status, Integer> perStatus) {

        int sumOfStatuses() {
            return perStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    Optional<Row> theme(String id) {
        return themes.stream().filter(r -> r.theme().equals(id)).findFirst();
    }
}
