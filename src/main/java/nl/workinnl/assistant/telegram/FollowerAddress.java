package nl.workinnl.assistant.telegram;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.OptionalLong;
import nl.workinnl.assistant.security.AesGcm;

/**
 * The chat id a follower's notification goes to. Everything else about a chat is kept under its
 * pseudonym, but a pseudonym cannot be turned back into a chat id, and a notification is sent
 * long after the chat last wrote: so the id is kept, sealed with AES-GCM as the outbox seals it,
 * never plain, and it goes with the follow rows when the chat stops following or uses /forget.
 */
final class FollowerAddress {

    private final AesGcm sealing;

    FollowerAddress(PseudonymKey key) {
        // A key of its own, derived from the pseudonym key as the outbox's is, so no two uses share one.
        this.sealing = AesGcm.derivedFrom(key.bytes(), AesGcm.utf8("follow-chat-id"));
    }

    byte[] seal(long chatId) {
        return sealing.seal(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array());
    }

    /** Empty when sealed with another key (the key was replaced): such a follower cannot be reached. */
    OptionalLong open(byte[] sealed) {
        try {
            byte[] plain = sealing.open(sealed);
            return plain.length == Long.BYTES ? OptionalLong.of(ByteBuffer.wrap(plain).getLong()) : OptionalLong.empty();
        } catch (GeneralSecurityException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
