package nl.workinnl.assistant.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * Telegram's limit on one group: at most {@code limit} messages in any {@code window} (20 a
 * minute), a sliding window per group. Not thread-safe: the sender uses it under its lock.
 *
 * <p>Kept in memory, like the sender's other limits, because only the replica holding the lease
 * sends: its windows hold every send there is. That holds until a takeover. The per-second limits
 * are long past by the time another replica leads after a crash (the lease runs for
 * {@code telegram.lease-ttl}), but a minute is not, and after a clean stop another replica may take
 * the lease within {@code telegram.lease-renew}: the new leader starts with empty windows, so in
 * the first minute after a takeover a group can get up to twice its limit from the two of them.
 * Telegram then answers 429 with retry_after, which the sender waits out for that group alone.
 * Carrying the windows over would cost a database write per group message for an event as rare as
 * a deploy or a crash, so it is left at that.
 */
final class GroupWindows {

    private final int limit;
    private final long window;
    /** Per chat key, when its last sends finished, oldest first; only groups with a send in the window. */
    private final Map<String, Deque<Long>> sends = new HashMap<>();

    GroupWindows(int limit, Duration window) {
        this.limit = limit;
        this.window = window.toNanos();
    }

    /**
     * Whether the message goes to a group and counts against its limit. The outbox row holds the chat
     * id only sealed; the sender has it from the message itself, opened when the row was read. Group
     * and channel ids are negative. Edits count too: Telegram does not say they are exempt, and the
     * per-chat gap treats them as messages as well; answers to button presses are not messages.
     */
    static boolean counts(BotApiMethod<?> method) {
        String chatId = switch (method) {
            case SendMessage send -> send.getChatId();
            case EditMessageText edit -> edit.getChatId();
            default -> null;
        };
        return chatId != null && chatId.startsWith("-");
    }

    /** When the group may get its next message: {@code now}, or when its oldest send leaves the window. */
    long readyAt(String chat, long now) {
        Deque<Long> recent = sends.get(chat);
        if (recent == null || limit <= 0) {
            return now;
        }
        dropExpired(recent, now);
        return recent.size() < limit ? now : recent.peekFirst() + window;
    }

    /**
     * A send to the group finished, whatever its outcome: a request that failed may still have
     * reached Telegram and counted there. Counted from when it finished, so that however late a
     * request arrives, no window at Telegram holds more than the limit.
     */
    void sent(String chat, long finished) {
        sends.computeIfAbsent(chat, k -> new ArrayDeque<>()).addLast(finished);
    }

    /** Forgets the groups with no send in the window, so that only busy groups are kept. */
    void prune(long now) {
        sends.values().removeIf(recent -> {
            dropExpired(recent, now);
            return recent.isEmpty();
        });
    }

    private void dropExpired(Deque<Long> recent, long now) {
        while (!recent.isEmpty() && now - recent.peekFirst() >= window) {
            recent.pollFirst();
        }
    }
}
