package nl.workinnl.assistant.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pseudonym key is the secret behind every chat's pseudonym: no other local user may read it. */
class PseudonymKeyTest {

    @TempDir
    Path tmp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewKeyIsMadeReadableByTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = tmp.resolve("data");
        byte[] key = new PseudonymKey(dir).bytes();
        assertThat(mode(dir.resolve("chat-key.bin"))).isEqualTo("rw-------");
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(new PseudonymKey(dir).bytes()).isEqualTo(key);
    }

    @Test
    void anExistingKeyReadableByOthersIsClosedToThem() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path dir = Files.createDirectory(tmp.resolve("data"));
        Path file = Files.write(dir.resolve("chat-key.bin"), new byte[32]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        new PseudonymKey(dir);
        assertThat(mode(file)).isEqualTo("rw-------");
    }
}
