package nl.workinnl.assistant.declined;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.security.AesGcm;

/**
 * A rated answer's question, scrubbed and sealed, for its feedback token to carry: a "not helpful"
 * vote brings it back, on whichever replica and after any restart, where a question held in one
 * replica's memory was lost. Encrypted, not only signed, because the token travels through the
 * client and its logs; the key is derived from the secret replicas share.
 *
 * <p>Form: URL-safe base64 of AES-GCM over {@code day \n language \n channel \n question}.
 */
final class SealedQuestion {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final AesGcm aes;

    SealedQuestion(byte[] secretMaterial) {
        this.aes = AesGcm.derivedFrom("rated-question:".getBytes(StandardCharsets.UTF_8), secretMaterial);
    }

    String seal(DeclinedQuestion q) {
        String plain = String.join("\n", q.askedOn().toString(), q.language().code(), q.channel().name(), q.question());
        return BASE64.encodeToString(aes.seal(AesGcm.utf8(plain)));
    }

    /** The question sealed here, without theme, measure or reason; empty for anything else. */
    Optional<DeclinedQuestion> open(String sealed) {
        try {
            String[] f = new String(aes.open(Base64.getUrlDecoder().decode(sealed)), StandardCharsets.UTF_8).split("\n", 4);
            return Language.fromCode(f[1]).map(language -> new DeclinedQuestion(LocalDate.parse(f[0]), language,
                    Channel.valueOf(f[2]), null, null, DeclineReason.NOT_HELPFUL, f[3]));
        } catch (GeneralSecurityException | RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
