package nl.workinnl.assistant.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Refuses to start on a shared database without the secrets replicas must share. Without them each
 * replica makes a key of its own and nothing says so: a context or feedback token one replica gave is
 * ignored or refused by the next, staff lock-outs count per replica, and the sending replica cannot
 * open the outbox rows (or match the pseudonyms) the others stored. Decided from the datasource URL
 * when the environment is ready, before anything connects. Registered in META-INF/spring.factories.
 *
 * <p>Which database counts as shared: anything but the embedded H2 (a file or memory database of this
 * process alone); an H2 served to other processes (tcp, ssl, AUTO_SERVER) is shared too.
 *
 * <p>What is required there: {@code assistant.conversation.secret} always, even for a single instance
 * without a bot. PostgreSQL is how this service is set up for replicas (README, "Database"), and it
 * cannot see how many share the database; a lone instance gains little from the random key (its
 * contexts, feedback tokens and lock-outs would not survive a restart either), so one more variable is
 * the cheaper side. {@code telegram.chat-key} only when the bot is on (a token is set): without a bot
 * nothing uses it. The embedded H2 default, with no configuration at all, needs neither.
 */
public final class SharedDatabaseSecrets implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    @Override
    public int getOrder() {
        // After logging is set up, so that the failure is reported in the service's log format.
        return Ordered.LOWEST_PRECEDENCE;
    }

    static void check(PropertyResolver env) {
        String url = env.getProperty("spring.datasource.url", "");
        if (!shared(url)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(env.getProperty("assistant.conversation.secret"))) {
            missing.add("assistant.conversation.secret (env ASSISTANT_CONVERSATION_SECRET), which seals conversation contexts "
                    + "and signs feedback tokens");
        }
        if (StringUtils.hasText(env.getProperty("telegram.bot-token")) && !StringUtils.hasText(env.getProperty("telegram.chat-key"))) {
            missing.add("telegram.chat-key (env TELEGRAM_CHAT_KEY, make one with: openssl rand -base64 32), the key of chat "
                    + "pseudonyms and of the outbox");
        }
        if (!missing.isEmpty()) {
            throw new MissingSharedSecretException(missing, kind(url));
        }
    }

    private static boolean shared(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            return false; // Spring Boot's own embedded default
        }
        if (!u.startsWith("jdbc:h2:")) {
            return true;
        }
        return u.startsWith("jdbc:h2:tcp:") || u.startsWith("jdbc:h2:ssl:") || u.contains(";auto_server=true");
    }

    /** What the URL names, never its host or query, which may hold a password. */
    private static String kind(String url) {
        Matcher scheme = Pattern.compile("(?i)^jdbc:[a-z0-9]+").matcher(url.trim());
        String name = scheme.find() ? scheme.group() : "not a JDBC URL";
        return name.equalsIgnoreCase("jdbc:h2") ? "an H2 served to other processes" : "a " + name + " URL";
    }
}
