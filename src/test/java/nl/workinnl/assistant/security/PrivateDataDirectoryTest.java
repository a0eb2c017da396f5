package nl.workinnl.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The data directory (database, pseudonym key) is readable by the service's user only. */
class PrivateDataDirectoryTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aMissingDirectoryIsCreatedForTheOwnerOnly() throws Exception {
        Path dir = tmp.resolve("new/data");
        PrivateDataDirectory.secure(dir);
        assertThat(mode(dir)).isEqualTo("rwx------");
    }

    @Test
    void anExistingDirectoryAndItsFilesAreClosedToOthers() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("data"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String name : new String[] {"assistant.mv.db", "assistant.trace.db", "chat-key.bin"}) {
            Files.write(dir.resolve(name), new byte[1]);
            Files.setPosixFilePermissions(dir.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        }
        PrivateDataDirectory.secure(dir);
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("assistant.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("assistant.trace.db"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("chat-key.bin"))).isEqualTo("rw-------");
    }

    @Test
    void itRunsAtStartUpBeforeTheDatabaseOpens() {
        // Registered for the environment-prepared event, which comes before any bean (the datasource) exists.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
                .anySatisfy(listener -> assertThat(listener).isInstanceOf(PrivateDataDirectory.class));
    }
}
