package nl.workinnl.assistant.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.staff.StaffQuery;

/**
 * What a follow-up needs from the conversation so far: the language, the measures last cited (best
 * first), the measures a "the second one" can point at (the last list or the choices offered), the
 * filter of the last staff list or count, and the last message that could not be answered (so that
 * a clarification can be read together with it). Nothing else of the user's words is kept.
 */
public record ConversationContext(Optional<Language> language, List<String> measures, List<String> offered,
                                  Optional<StaffQuery> list, String pending, Instant at) {

    /** The most of an unanswered message kept for the next turn. */
    public static final int MAX_PENDING = 300;
    /** The most measures remembered in each list. */
    public static final int MAX_MEASURES = 41;

    public static final ConversationContext EMPTY =
            new ConversationContext(Optional.empty(), List.of(), List.of(), Optional.empty(), "", Instant.EPOCH);

    public ConversationContext {
        measures = List.copyOf(measures.subList(0, Math.min(measures.size(), MAX_MEASURES)));
        offered = List.copyOf(offered.subList(0, Math.min(offered.size(), MAX_MEASURES)));
        pending = pending == null ? "" : pending.length() > MAX_PENDING ? pending.substring(0, MAX_PENDING) : pending;
    }

    public boolean isEmpty() {
        return measures.isEmpty() && offered.isEmpty() && list.isEmpty() && pending.isEmpty() && language.isEmpty();
    }

    /** After an answer about measures. */
    public static ConversationContext about(Language language, List<String> measures, List<String> offered) {
        return new ConversationContext(Optional.of(language), measures, offered, Optional.empty(), "", Instant.now());
    }

    /** After a staff list or count: its filter, and its measures to point at. */
    public static ConversationContext listed(Language language, StaffQuery query, List<String> measures) {
        return new ConversationContext(Optional.of(language), List.of(), measures, Optional.of(query), "", Instant.now());
    }

    /** After a message that could not be answered: the earlier topic stays, the message waits for a clarification. */
    public ConversationContext unanswered(Language language, String text) {
        return new ConversationContext(Optional.of(language), measures, offered, list, text, Instant.now());
    }

    /** The same conversation in another language, or after small talk: nothing else changes. */
    public ConversationContext in(Language language) {
        return new ConversationContext(Optional.of(language), measures, offered, list, pending, Instant.now());
    }
}
