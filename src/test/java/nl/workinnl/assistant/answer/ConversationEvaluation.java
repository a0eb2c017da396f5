package nl.workinnl.assistant.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.language.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores whole conversations (shared eval README, "Conversations for measuring"): each turn through
 * the real pipeline with the context of the previous answer passed on, as a client does. A turn is
 * right when it would be right as a single question (an {@code any:} turn needs its first citation
 * right) and in the expected language; a conversation is right when all its turns are.
 */
public final class ConversationEvaluation {

    public record Turn(String text, String expect, String language) {}

    public record Conversation(String id, String language, List<Turn> turns) {}

    /** Answers one turn; {@code withContext} false measures the pipeline as if every turn stood alone. */
    public record TurnResult(Conversation conversation, int index, QualityEvaluation.Result result) {
        boolean right() {
            return result.pass() && result.languageRight();
        }
    }

    public record Report(List<TurnResult> turns) {

        public double firstTurns() {
            return rate(turns.stream().filter(t -> t.index() == 0).toList());
        }

        public double followUps() {
            return rate(turns.stream().filter(t -> t.index() > 0).toList());
        }

        public double wholeConversations() {
            List<String> ids = turns.stream().map(t -> t.conversation().id()).distinct().toList();
            long right = ids.stream().filter(id -> turns.stream().filter(t -> t.conversation().id().equals(id))
                    .allMatch(TurnResult::right)).count();
            return ids.isEmpty() ? 1.0 : right / (double) ids.size();
        }

        private static double rate(List<TurnResult> set) {
            return set.isEmpty() ? 1.0 : set.stream().filter(TurnResult::right).count() / (double) set.size();
        }

        public String summary() {
            long conversations = turns.stream().map(t -> t.conversation().id()).distinct().count();
            return String.format(Locale.ROOT, "conversations %d, turns %d | first turns right %.3f | follow-up turns right %.3f"
                    + " | whole conversations right %.3f", conversations, turns.size(), firstTurns(), followUps(), wholeConversations());
        }

        public String details() {
            StringBuilder out = new StringBuilder(summary()).append("\n\nWrong turns:\n");
            for (TurnResult t : turns) {
                if (!t.right()) {
                    var r = t.result();
                    out.append(String.format(Locale.ROOT, "  %s turn %d [%s] expect %s | got %s %s answered=%s cites=%s offers=%s%n      %s%n",
                            t.conversation().id(), t.index() + 1, r.question().language(), r.question().expect(),
                            r.answer().language().code(), r.answer().kindName(), r.answer().answered(),
                            r.answer().citations().stream().map(Citation::id).limit(6).toList(),
                            r.answer().suggestions().stream().map(Suggestion::id).toList(), r.question().text()));
                }
            }
            return out.toString();
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public static List<Conversation> read(Path jsonl) throws IOException {
        List<Conversation> conversations = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String language = node.get("lang").asString();
            List<Turn> turns = new ArrayList<>();
            for (JsonNode turn : node.get("turns")) {
                if (turn.hasNonNull("lang")) {
                    language = turn.get("lang").asString();
                }
                turns.add(new Turn(turn.get("text").asString(), turn.get("expect").asString(), language));
            }
            conversations.add(new Conversation(node.get("id").asString(), node.get("lang").asString(), turns));
        }
        return conversations;
    }

    public static Report run(Assistant assistant, List<Conversation> conversations, boolean withContext) {
        List<TurnResult> results = new ArrayList<>();
        for (Conversation c : conversations) {
            ConversationContext context = ConversationContext.EMPTY;
            for (int i = 0; i < c.turns().size(); i++) {
                Turn turn = c.turns().get(i);
                Answer answer = assistant.ask(turn.text(), Optional.<Language>empty(), withContext ? context : ConversationContext.EMPTY);
                context = answer.context();
                var question = new QualityEvaluation.Question(c.id() + "#" + (i + 1), i == 0 ? "first" : "follow-up",
                        turn.language(), turn.expect(), turn.text());
                results.add(new TurnResult(c, i, QualityEvaluation.score(question, answer)));
            }
        }
        return new Report(results);
    }
}
