package nl.workinnl.assistant.telegram;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Telegram deep link that opens the bot with a measure chosen to follow
 * ({@code https://t.me/<bot>?start=follow-<id>}), for the pages and the widget. Only with
 * {@code telegram.bot-username} set: the pages are served whether or not this instance runs the bot,
 * and without a known bot there is nothing to offer.
 */
@Component
public class TelegramFollowLinks {

    /** Telegram's rule for bot usernames; anything else would make a broken link. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");

    private final String botUsername;

    TelegramFollowLinks(@Value("${telegram.bot-username:}") String botUsername) {
        String name = botUsername == null ? "" : botUsername.trim().replaceFirst("^@", "");
        if (!name.isEmpty() && !USERNAME.matcher(name).matches()) {
            throw new IllegalStateException("telegram.bot-username is not a Telegram username: " + name);
        }
        this.botUsername = name;
    }

    /** The bot's username, when one is configured. */
    public Optional<String> botUsername() {
        return botUsername.isEmpty() ? Optional.empty() : Optional.of(botUsername);
    }

    /** The link that makes the bot follow the measure; empty without a configured bot. */
    public Optional<String> followMeasure(String measureId) {
        return botUsername().map(bot -> "https://t.me/" + bot + "?start=" + Conversation.DEEP_LINK_FOLLOW + measureId);
    }
}
