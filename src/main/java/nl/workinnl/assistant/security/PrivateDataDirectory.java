package nl.workinnl.assistant.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Keeps {@code assistant.data-dir} (the database with chats' pseudonyms and languages, the
 * pseudonym key) to the service's own user: the directory 700, the files in it 600, where the file
 * system has POSIX permissions. Runs when the environment is ready, before any bean opens the
 * database, and also closes what an older version left readable to every local user. H2 creates its
 * files as the umask says; the closed directory keeps them private, and the next start closes them too.
 * Registered in META-INF/spring.factories.
 */
public final class PrivateDataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PrivateDataDirectory.class);
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String dir = event.getEnvironment().getProperty("assistant.data-dir");
        if (!StringUtils.hasText(dir)) {
            return;
        }
        try {
            secure(Path.of(dir));
        } catch (IOException | UncheckedIOException e) {
            // Not fatal: a directory owned by another user may still be writable; the database says so if not.
            log.warn("Cannot make the data directory {} private to this user: {}", dir, e.toString());
        }
    }

    @Override
    public int getOrder() {
        // After logging is set up, so that a warning is seen.
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Creates the directory if missing, then closes it and the files in it to other users. */
    public static void secure(Path dir) throws IOException {
        if (!posix()) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        Files.setPosixFilePermissions(dir, DIRECTORY);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Creates {@code file} empty and readable by its owner only (where permissions exist), never open to others for a moment. */
    public static Path createPrivateFile(Path file) throws IOException {
        FileAttribute<?>[] attributes = posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        return Files.createFile(file, attributes);
    }

    /** Closes an existing file to other users, where permissions exist. */
    public static void closeFile(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
