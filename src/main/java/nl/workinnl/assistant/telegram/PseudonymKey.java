package nl.workinnl.assistant.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import nl.workinnl.assistant.security.PrivateDataDirectory;

/**
 * The secret behind chat pseudonyms and the outbox cipher: 32 random bytes in the data directory,
 * made on first start, readable by the service's user only. Losing it only loses the stored
 * language choices.
 */
final class PseudonymKey {

    private final byte[] key;

    PseudonymKey(Path dataDir) {
        Path file = dataDir.resolve("chat-key.bin");
        try {
            PrivateDataDirectory.secure(dataDir);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.write(PrivateDataDirectory.createPrivateFile(file), fresh, StandardOpenOption.WRITE);
            }
            PrivateDataDirectory.closeFile(file);
            key = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key " + file, e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(file + " must hold 32 bytes; delete it to make a new one");
        }
    }

    private PseudonymKey(byte[] key) {
        this.key = key;
    }

    /** The key replicas share (telegram.chat-key), so that each opens the others' outbox rows and pseudonyms agree. */
    static PseudonymKey shared(String base64) {
        byte[] key;
        try {
            key = java.util.Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("telegram.chat-key must be base64 (e.g. the output of: openssl rand -base64 32)");
        }
        if (key.length != 32) {
            throw new IllegalStateException("telegram.chat-key must hold 32 bytes in base64, not " + key.length
                    + " (make one with: openssl rand -base64 32)");
        }
        return new PseudonymKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }
}
