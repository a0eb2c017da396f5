package nl.workinnl.assistant.edition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code import-overview FILE [--edition YYYY-MM] [--corpus-dir DIR] [--translations-dir DIR]
 * [--report REPORT.md] [--remove-vanished] [--dry-run]}: imports a new edition of the monitoring
 * overview into the corpus and prints the change report. Runs without starting the service, so
 * that it needs neither a database nor a port.
 */
public final class ImportOverviewCommand {

    public static final String NAME = "import-overview";

    static final String USAGE = "usage: " + NAME + " FILE [--edition YYYY-MM] [--corpus-dir DIR] [--translations-dir DIR]"
            + " [--report REPORT.md] [--remove-vanished] [--dry-run]";

    private ImportOverviewCommand() {}

    public static boolean isInvokedBy(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    /** From the command line: the report goes to stdout, so the libraries' start-up logging is kept off it. */
    public static int main(String[] args) {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        return run(List.of(args), System.out, System.err);
    }

    /** @return the exit status: 0 imported (or nothing to import), 1 refused and nothing changed, 2 wrong arguments */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        ImportPlan plan;
        try {
            plan = EditionImport.plan(new EditionImport.Options(a.document, a.corpusDir, a.translationsDir, a.edition, a.removeVanished));
        } catch (UnreadableOverviewException | ImportRefusedException e) {
            err.println("Import refused, nothing was changed: " + (e instanceof UnreadableOverviewException ? a.document + ": " : "")
                    + e.getMessage());
            return 1;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // Planning writes nothing, so a fault found there (a file that cannot be read, an edit
            // that does not read back as meant) leaves the corpus as it was.
            err.println("Import failed, nothing was changed: " + e.getMessage());
            return 1;
        }
        try {
            List<String> files = a.dryRun ? plan.planned() : plan.apply();
            List<String> validation = a.dryRun ? null : EditionImport.validate(a.corpusDir);
            String report = ChangeReport.markdown(plan.changes(), files, a.dryRun, validation);
            out.print(report);
            if (a.report != null) {
                AtomicFiles.write(a.report, report);
            }
            return 0;
        } catch (IOException e) {
            err.println("Import failed while writing: " + e.getMessage());
            return 1;
        }
    }

    private record Arguments(Path document, Path corpusDir, Path translationsDir, Optional<String> edition, Path report,
                             boolean removeVanished, boolean dryRun) {

        static Arguments parse(List<String> args) {
            List<String> rest = new ArrayList<>(args);
            if (!rest.isEmpty() && rest.getFirst().equals(NAME)) {
                rest.removeFirst();
            }
            Path document = null;
            Path corpusDir = Path.of("corpus");
            Path translationsDir = null;
            String edition = null;
            Path report = null;
            boolean removeVanished = false;
            boolean dryRun = false;
            for (int i = 0; i < rest.size(); i++) {
                String arg = rest.get(i);
                switch (arg) {
                    case "--edition" -> edition = value(rest, ++i, arg);
                    case "--corpus-dir" -> corpusDir = Path.of(value(rest, ++i, arg));
                    case "--translations-dir" -> translationsDir = Path.of(value(rest, ++i, arg));
                    case "--report" -> report = Path.of(value(rest, ++i, arg));
                    case "--remove-vanished" -> removeVanished = true;
                    case "--dry-run" -> dryRun = true;
                    default -> {
                        if (arg.startsWith("--") || document != null) {
                            throw new IllegalArgumentException("unknown argument '" + arg + "'");
                        }
                        document = Path.of(arg);
                    }
                }
            }
            if (document == null) {
                throw new IllegalArgumentException("the overview FILE to import is missing");
            }
            if (translationsDir == null) {
                // The repository keeps translations/ beside corpus/.
                translationsDir = corpusDir.toAbsolutePath().normalize().resolveSibling("translations");
            }
            return new Arguments(document, corpusDir, translationsDir, Optional.ofNullable(edition), report, removeVanished, dryRun);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
