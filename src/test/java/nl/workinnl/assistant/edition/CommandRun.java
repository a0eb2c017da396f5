package nl.workinnl.assistant.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One run of the import command as an editor would start it, with what it printed. */
record CommandRun(int exitStatus, String out, String err) {

    static CommandRun of(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportOverviewCommand.run(Arrays.stream(args).map(String::valueOf).toList(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file under a folder with its content, to compare before and after a run. */
    static Map<String, String> contents(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            Map<String, String> contents = new TreeMap<>();
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                contents.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
