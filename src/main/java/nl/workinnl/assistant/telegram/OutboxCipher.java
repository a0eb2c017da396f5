package nl.workinnl.assistant.telegram;

import java.security.GeneralSecurityException;
import nl.workinnl.assistant.security.AesGcm;

/**
 * Replies waiting in the outbox carry the chat id they go to; AES-GCM keeps it unreadable at rest
 * until the reply is sent and the row deleted.
 */
final class OutboxCipher {

    private final AesGcm sealing;

    OutboxCipher(PseudonymKey key) {
        // A key of its own, derived from the pseudonym key, so the two uses never share one.
        this.sealing = AesGcm.derivedFrom(key.bytes(), AesGcm.utf8("outbox"));
    }

    byte[] seal(byte[] plain) {
        return sealing.seal(plain);
    }

    byte[] open(byte[] sealed) throws GeneralSecurityException {
        return sealing.open(sealed);
    }
}
