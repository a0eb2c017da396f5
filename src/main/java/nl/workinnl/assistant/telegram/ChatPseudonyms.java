package nl.workinnl.assistant.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Chat ids are stored only as HMAC-SHA256 pseudonyms: the database alone cannot tell who chatted. */
final class ChatPseudonyms {

    private final SecretKeySpec key;

    ChatPseudonyms(PseudonymKey key) {
        this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
    }

    String of(long chatId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(Long.toString(chatId).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
