package nl.workinnl.assistant.edition;

import java.util.List;
import nl.workinnl.assistant.corpus.Status;

/** The change report in Markdown, for the editor who reviews an import. */
final class ChangeReport {

    private ChangeReport() {}

    static String markdown(EditionChanges c, List<String> files, boolean dryRun, List<String> validation) {
        StringBuilder md = new StringBuilder();
        md.append("# Import of the monitoring overview, edition ").append(c.edition()).append("\n\n");
        md.append("Document: `").append(c.document()).append("`; the corpus held edition ").append(c.previousEdition()).append(".\n");
        if (dryRun) {
            md.append("Dry run: nothing was written.\n");
        }
        c.notes().forEach(n -> md.append("\n").append(n).append("\n"));
        if (!c.changesMeasures() && c.dashboardChanges().isEmpty()) {
            md.append("\nNo measure and no dashboard figure changed.\n");
        }

        section(md, "Status changes", c.statusChanges().size());
        if (!c.statusChanges().isEmpty()) {
            md.append("| measure | title | before | now |\n|---|---|---|---|\n");
            c.statusChanges().forEach(s -> md.append("| ").append(s.id()).append(" | ").append(cell(s.title())).append(" | ")
                    .append(label(c, s.before())).append(" | ").append(label(c, s.after())).append(" |\n"));
        }

        section(md, "Changed official texts", c.textChanges().size());
        for (EditionChanges.TextChange t : c.textChanges()) {
            md.append(t == c.textChanges().getFirst() ? "" : "\n").append("**").append(t.id()).append("** ").append(t.title()).append("\n\n");
            t.diff().removed().forEach(s -> md.append("- removed: ").append(s).append("\n"));
            t.diff().added().forEach(s -> md.append("- added: ").append(s).append("\n"));
            if (t.diff().removed().isEmpty() && t.diff().added().isEmpty()) {
                md.append("- (the sentences are the same; their order or grouping changed)\n");
            }
        }

        section(md, "Changed titles", c.titleChanges().size());
        c.titleChanges().forEach(t -> md.append("- ").append(t.id()).append(": \"").append(t.before()).append("\" → \"")
                .append(t.after()).append("\"\n"));

        section(md, "New measures", c.newMeasures().size());
        c.newMeasures().forEach(n -> md.append("- ").append(n.id()).append(" \"").append(n.title()).append("\" (")
                .append(label(c, n.status())).append("): a stub in `").append(n.file()).append("`\n"));

        section(md, "Vanished measures", c.vanished().size());
        for (EditionChanges.VanishedMeasure v : c.vanished()) {
            md.append("- ").append(v.id()).append(" \"").append(v.title()).append("\" (last ").append(label(c, v.status()))
                    .append(", ").append(v.statusDate()).append("): ")
                    .append(v.removed() ? "deleted with its translations" : "kept unchanged; `--remove-vanished` deletes it");
            if (!v.referencedBy().isEmpty()) {
                md.append("; referred to by ").append(String.join(", ", v.referencedBy().stream().map(f -> "`" + f + "`").toList()))
                        .append(v.removed() ? " (remove those references)" : "");
            }
            md.append("\n");
        }

        section(md, "Dashboard (catalogue.yaml)", c.dashboardChanges().size());
        if (!c.dashboardChanges().isEmpty()) {
            md.append("| figure | before | now |\n|---|---|---|\n");
            c.dashboardChanges().forEach(d -> md.append("| ").append(d.what()).append(" | ").append(d.before()).append(" | ")
                    .append(d.after()).append(" |\n"));
        }
        md.append("\nThe document's own dashboard ");
        if (c.documentDashboardDisagreements().isEmpty()) {
            md.append("agrees with its measures.\n");
        } else {
            md.append("disagrees with its measures (the corpus counts the measures):\n\n");
            c.documentDashboardDisagreements().forEach(d -> md.append("- ").append(d).append("\n"));
        }

        section(md, "Texts that now need an editor", c.dutchTasks().size() + c.translationTasks().size());
        if (!c.dutchTasks().isEmpty()) {
            md.append("Dutch:\n\n");
            c.dutchTasks().forEach(t -> md.append("- `").append(t.file()).append("`: ").append(t.why()).append("\n"));
        }
        if (!c.translationTasks().isEmpty()) {
            md.append(c.dutchTasks().isEmpty() ? "" : "\n").append("Translations:\n\n");
            c.translationTasks().forEach(t -> md.append("- `").append(t.file()).append("`: ").append(t.why()).append("\n"));
        }

        section(md, "Files", files.size());
        files.forEach(f -> md.append("- ").append(f).append("\n"));

        if (validation != null) {
            md.append("\n## Validation\n\n");
            if (validation.isEmpty()) {
                md.append("The corpus passes the service's start-up checks.\n");
            } else {
                md.append("The corpus does not pass the service's start-up checks yet; an editor fixes:\n\n");
                validation.forEach(v -> md.append("- ").append(v).append("\n"));
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, int count) {
        md.append("\n## ").append(title).append(" (").append(count).append(")\n\n");
        if (count == 0) {
            md.append("None.\n");
        }
    }

    private static String label(EditionChanges c, Status status) {
        return c.labels().getOrDefault(status, status.name()) + " (" + status.name() + ")";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
