package nl.workinnl.assistant.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.workinnl.assistant.answer.Answer;
import nl.workinnl.assistant.answer.Assistant;
import nl.workinnl.assistant.answer.AssistantFixture;
import nl.workinnl.assistant.answer.ConversationEvaluation;
import nl.workinnl.assistant.answer.QualityEvaluation;
import nl.workinnl.assistant.dialogue.ConversationContext;
import nl.workinnl.assistant.language.Language;
import nl.workinnl.assistant.staff.StaffQuery;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of the suite): every question and conversation of the eval sets,
 * with no language hint and with each of the five, through the real pipeline, every answer written
 * in full to a file. Two dumps compared byte for byte show whether a change altered any answer.
 * The held-out fourth blind set goes to a file of its own (compare it by checksum only, never read it).
 * Run: {@code ./mvnw -o -q test -Dtest=AnswerDump -Ddump=/tmp/answers}.
 */
class AnswerDump {

    @Test
    void dump() throws IOException {
        Assistant assistant = AssistantFixture.assistant();
        String prefix = System.getProperty("dump", "target/answers");
        List<Optional<Language>> hints = new ArrayList<>();
        hints.add(Optional.empty());
        for (Language l : Language.values()) {
            hints.add(Optional.of(l));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/eval"))) {
            files = list.sorted().toList();
        }
        try (PrintWriter open = new PrintWriter(Files.newBufferedWriter(Path.of(prefix + ".txt"), StandardCharsets.UTF_8));
             PrintWriter held = new PrintWriter(Files.newBufferedWriter(Path.of(prefix + "-held.txt"), StandardCharsets.UTF_8))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                PrintWriter out = name.startsWith("blind4-") ? held : open;
                for (Optional<Language> hint : hints) {
                    if (name.endsWith(".tsv")) {
                        for (QualityEvaluation.Question q : QualityEvaluation.read(file)) {
                            out.println(name + " " + q.id() + " " + hint + " " + render(assistant.ask(q.text(), hint)));
                        }
                    } else if (name.endsWith(".jsonl")) {
                        for (ConversationEvaluation.Conversation c : ConversationEvaluation.read(file)) {
                            ConversationContext context = ConversationContext.EMPTY;
                            int turn = 0;
                            for (ConversationEvaluation.Turn t : c.turns()) {
                                Answer answer = assistant.ask(t.text(), hint, context);
                                out.println(name + " " + c.id() + "#" + ++turn + " " + hint + " " + render(answer));
                                context = answer.context();
                            }
                        }
                    }
                }
            }
        }
    }

    /** The answer in full; the context's time left out and its sets sorted (their order differs between runs). */
    private static String render(Answer a) {
        ConversationContext c = a.context();
        String context = String.join(" | ", c.language().toString(), c.measures().toString(), c.offered().toString(),
                c.list().map(AnswerDump::render).toString(), c.pending(), c.earlier().measures().toString(),
                c.earlier().list().map(AnswerDump::render).toString(), String.valueOf(c.at().equals(Instant.EPOCH)));
        return String.join("\n  ", a.language().toString(), String.valueOf(a.answered()), a.kind().toString(),
                a.text(), a.citations().toString(), a.suggestions().toString(), a.parts().toString(), context);
    }

    private static String render(StaffQuery q) {
        return q.type() + " " + new TreeSet<>(q.statuses()) + " " + new TreeSet<>(q.excluded()) + " "
                + new TreeSet<>(q.themes()) + " " + q.subject();
    }
}
