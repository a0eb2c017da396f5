package nl.workinnl.assistant.edition;

import java.util.List;
import java.util.Optional;

/** A monitoring overview read completely: its dashboard, its measures in the document's order, and its date if it states one. */
record OverviewDocument(Optional<String> statedEdition, DocumentDashboard dashboard, List<OverviewMeasure> measures) {

    OverviewDocument {
        measures = List.copyOf(measures);
    }
}
