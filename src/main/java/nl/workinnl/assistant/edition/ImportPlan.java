package nl.workinnl.assistant.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every file the import writes or deletes, worked out completely before the first is touched. */
record ImportPlan(EditionChanges changes, Map<Path, String> writes, List<Path> deletions, Path corpusDir, Path translationsDir) {

    ImportPlan {
        writes = new LinkedHashMap<>(writes);
        deletions = List.copyOf(deletions);
    }

    /** Each file is replaced atomically; the deletions of vanished measures come last. */
    List<String> apply() throws IOException {
        List<String> done = new ArrayList<>();
        for (var write : writes.entrySet()) {
            AtomicFiles.write(write.getKey(), write.getValue());
            done.add("written: " + name(write.getKey()));
        }
        for (Path file : deletions) {
            Files.deleteIfExists(file);
            done.add("deleted: " + name(file));
        }
        return done;
    }

    List<String> planned() {
        List<String> files = new ArrayList<>();
        writes.keySet().forEach(f -> files.add("to write: " + name(f)));
        deletions.forEach(f -> files.add("to delete: " + name(f)));
        return files;
    }

    String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(corpusDir.toAbsolutePath().normalize())) {
            return "corpus/" + corpusDir.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        }
        if (abs.startsWith(translationsDir.toAbsolutePath().normalize())) {
            return "translations/" + translationsDir.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        }
        return file.toString();
    }
}
