package nl.workinnl.assistant.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A short hash of the data files the service actually loaded (SHA-256 over each file's logical name,
 * such as {@code corpus/measures/werk-1.yaml}, and content, first 12 hex digits): two instances
 * answer alike when it is equal, whichever directory they read the files from. Readers add files as
 * they read them, so the value is meant to be taken once loading is done.
 */
public final class DataFingerprint {

    private static final int LENGTH = 12;

    private final Map<String, byte[]> files = new ConcurrentSkipListMap<>();

    /** Adds a file's content; a file read twice counts once. */
    public void add(String name, byte[] content) {
        files.put(name, sha256().digest(content));
    }

    public String value() {
        MessageDigest all = sha256();
        files.forEach((name, digest) -> {
            all.update(name.getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(digest);
        });
        return HexFormat.of().formatHex(all.digest()).substring(0, LENGTH);
    }

    public int files() {
        return files.size();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
