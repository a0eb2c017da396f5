package nl.workinnl.assistant.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The key material behind what clients carry from one replica to another (conversation contexts,
 * feedback tokens): the configured secret, which replicas must share, or without one a random key
 * that lasts until restart. Each use derives its own key from it.
 */
public final class SharedSecret {

    private SharedSecret() {}

    public static byte[] material(String secret) {
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
