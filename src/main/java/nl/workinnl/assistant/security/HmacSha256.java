package nl.workinnl.assistant.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs bytes with HMAC-SHA256 under a key of its own for each use, derived as {@link AesGcm}'s are:
 * for what a client may read but must not change (the feedback tokens).
 */
public final class HmacSha256 {

    private final SecretKeySpec key;

    private HmacSha256(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The key: SHA-256 of the parts in order (the use's name and a secret). */
    public static HmacSha256 derivedFrom(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return new HmacSha256(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** In constant time, so that a forger learns nothing from how long a refusal takes. */
    public boolean verifies(byte[] data, byte[] signature) {
        return MessageDigest.isEqual(sign(data), signature);
    }
}
