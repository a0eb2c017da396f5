package nl.workinnl.assistant.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.workinnl.assistant.corpus.Measure;
import nl.workinnl.assistant.corpus.Topic;

/**
 * The fingerprint of the Dutch text a translation was made from: the first 12 hex digits of the
 * SHA-256 of the source fields joined with U+001F (see translations/README.md).
 */
public final class SourceFingerprint {

    private SourceFingerprint() {}

    /** A measure's translated source fields: title, shortAnswer, summary, forYou and each keyFacts line. */
    public static String ofMeasure(String title, String shortAnswer, String summary, String forYou, List<String> keyFacts) {
        return of(Stream.concat(Stream.of(title, shortAnswer, summary, forYou), keyFacts.stream()).toList());
    }

    public static String ofMeasure(Measure m) {
        return ofMeasure(m.title(), m.shortAnswer(), m.summary(), m.forYou(), m.keyFacts());
    }

    /** A topic's translated source fields: title, shortAnswer and text. */
    public static String ofTopic(Topic t) {
        return of(List.of(t.title(), t.shortAnswer(), t.text()));
    }

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
