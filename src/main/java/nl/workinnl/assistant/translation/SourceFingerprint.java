package nl.workinnl.assistant.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of the Dutch text a translation was made from: the first 12 hex digits of the
 * SHA-256 of the source fields joined with U+001F (see translations/README.md).
 */
public final class SourceFingerprint {

    private SourceFingerprint() {}

    public static String of(List<String> sourceFields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\u001f", sourceFields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
