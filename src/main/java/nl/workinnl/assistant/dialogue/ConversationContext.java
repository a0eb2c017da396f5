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
 * a clarification can be read together with it), the topics talked about before the last one
 * (so that "back to my first question" can find its way), and the other question of a message
 * that asked two, which the last answer left open. Nothing else of the user's words is kept.
 */
public record ConversationContext(Optional<Language> language, List<String> measures, List<String> offered,
                                  Optional<StaffQuery> list, String pending, Instant at, Earlier earlier,
                                  String otherQuestion) {

    /**
     * What the conversation was about before its last turn: the measures cited, most recent first,
     * and the last staff list that a later turn replaced.
     */
    public record Earlier(List<String> measures, Optional<StaffQuery> list) {

        /** The most earlier measures remembered: a few turns' worth. */
        public static final int MAX = 8;

        public static final Earlier NONE = new Earlier(List.of(), Optional.empty());

        public Earlier {
            measures = List.copyOf(measures.stream().distinct().limit(MAX).toList());
        }

        public boolean isEmpty() {
            return measures.isEmpty() && list.isEmpty();
        }
    }


    /** The most of an unanswered message (and of a question an answer left open) kept for the next turn. */
    public static final int MAX_PENDING = 300;
    /** The most measures remembered in each list. */
    public static final int MAX_MEASURES = 41;

    public static final ConversationContext EMPTY =
            new ConversationContext(Optional.empty(), List.of(), List.of(), Optional.empty(), "", Instant.EPOCH);

    /** A context without a question left open by an answer (see {@link #otherQuestion}). */
    public ConversationContext(Optional<Language> language, List<String> measures, List<String> offered,
                               Optional<StaffQuery> list, String pending, Instant at, Earlier earlier) {
        this(language, measures, offered, list, pending, at, earlier, "");
    }

    /** A context without history (the last turn is all it knows). */
    public ConversationContext(Optional<Language> language, List<String> measures, List<String> offered,
                               Optional<StaffQuery> list, String pending, Instant at) {
        this(language, measures, offered, list, pending, at, Earlier.NONE);
    }

    public ConversationContext {
        measures = List.copyOf(measures.subList(0, Math.min(measures.size(), MAX_MEASURES)));
        offered = List.copyOf(offered.subList(0, Math.min(offered.size(), MAX_MEASURES)));
        pending = limited(pending, MAX_PENDING);
        // Together no more of the user's words than one unanswered message.
        otherQuestion = limited(otherQuestion, MAX_PENDING - pending.length());
    }

    private static String limited(String text, int most) {
        return text == null ? "" : text.length() > most ? text.substring(0, most) : text;
    }

    /** The same context with {@code offered} as what "the first one" points at. */
    public ConversationContext offering(List<String> offered) {
        return new ConversationContext(language, measures, offered, list, pending, at, earlier, otherQuestion);
    }

    /**
     * The same context with the other question of a message that asked two, which the answer left
     * open ("and the other question?" reads it again); only the next turn sees it.
     */
    public ConversationContext withOtherQuestion(String question) {
        return new ConversationContext(language, measures, offered, list, pending, at, earlier, question);
    }

    /**
     * Whether the last answer was about one item of a list or of choices, which stays to point at
     * (the item is among the measures offered, and more than it).
     */
    public boolean onAnItemOfAList() {
        return measures.size() == 1 && offered.size() > 1 && offered.contains(measures.getFirst());
    }

    public boolean isEmpty() {
        return measures.isEmpty() && offered.isEmpty() && list.isEmpty() && pending.isEmpty() && language.isEmpty()
                && earlier.isEmpty() && otherQuestion.isEmpty();
    }

    /**
     * This turn's context with the history of the turns before it: the topic of {@code previous}
     * goes to the earlier ones when this turn moved on from it, and so does its list.
     */
    public ConversationContext following(ConversationContext previous) {
        List<String> earlierMeasures = new java.util.ArrayList<>();
        // Only the measure a turn was about goes in, not those it cited beside.
        boolean movedOn = !previous.measures.isEmpty()
                && (measures.isEmpty() || !measures.getFirst().equals(previous.measures.getFirst()));
        if (movedOn) {
            earlierMeasures.add(previous.measures.getFirst());
        }
        earlierMeasures.addAll(previous.earlier.measures);
        if (!measures.isEmpty()) {
            earlierMeasures.remove(measures.getFirst());
        }
        Optional<StaffQuery> earlierList = previous.list.isPresent() && !previous.list.equals(list)
                ? previous.list : previous.earlier.list;
        return new ConversationContext(language, measures, offered, list, pending, at, new Earlier(earlierMeasures, earlierList),
                otherQuestion);
    }

    /** The same context as if {@code measureId} had just been answered: where "back to ..." takes a conversation. */
    public ConversationContext backTo(String measureId) {
        return new ConversationContext(language, List.of(measureId), List.of(measureId), Optional.empty(), "", at, earlier);
    }

    /** The same conversation with its last topic, list and waiting message let go: a new subject begins. */
    public ConversationContext afresh() {
        return new ConversationContext(language, List.of(), List.of(), Optional.empty(), "", at, earlier);
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
        return new ConversationContext(Optional.of(language), measures, offered, list, text, Instant.now(), earlier);
    }

    /** The same conversation in another language, or after small talk: nothing else changes. */
    public ConversationContext in(Language language) {
        return new ConversationContext(Optional.of(language), measures, offered, list, pending, Instant.now(), earlier, otherQuestion);
    }
}
