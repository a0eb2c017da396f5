package nl.workinnl.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Answer quality on the development questions and on our own held-out set, held at the figures
 * reached (minus a small margin) so that it cannot silently get worse. The full reports, with every
 * miss, go to target/quality-*.txt; run alone with {@code ./mvnw test -Dtest=QualityTest}.
 */
class QualityTest {

    private static QualityEvaluation.Report evaluate(String set) throws IOException {
        var questions = QualityEvaluation.read(Path.of("src/test/resources/eval/" + set + ".tsv"));
        QualityEvaluation.Report report = QualityEvaluation.run(AssistantFixture.assistant(), questions);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/quality-" + set + ".txt"), report.details(), StandardCharsets.UTF_8);
        System.out.println(set + ": " + report.summary());
        return report;
    }

    /** The least each figure may be (the most, for wrongly declined): what was reached, less a margin. */
    private record Floors(double hitAt1, double hitAt3, double listsAndCounts, double declined, double wronglyDeclined,
                          double language) {}

    private static void holds(String set, Floors floors) throws IOException {
        QualityEvaluation.Report report = evaluate(set);
        assertThat(report.hitAt1()).as("hit@1").isGreaterThanOrEqualTo(floors.hitAt1());
        assertThat(report.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(floors.hitAt3());
        assertThat(report.listsAndCountsExact()).as("lists and counts exact").isGreaterThanOrEqualTo(floors.listsAndCounts());
        assertThat(report.declinedRight()).as("off-topic and greetings declined").isGreaterThanOrEqualTo(floors.declined());
        assertThat(report.wronglyDeclined()).as("in-scope wrongly declined").isLessThanOrEqualTo(floors.wronglyDeclined());
        assertThat(report.languageRight()).as("answer language right").isGreaterThanOrEqualTo(floors.language());
    }

    @Test
    void developmentQuestions() throws IOException {
        // Issue 9: the development set must not fall below the figures it had before (README).
        holds("dev-questions", new Floors(0.975, 0.9875, 1.0, 1.0, 0.0, 1.0));
    }

    /**
     * A third set, written blind and measured once before anything was changed for it (see README);
     * since then it has fixed general faults of the staff parser, so it guards them now.
     */
    @Test
    void unseenQuestions() throws IOException {
        holds("unseen-questions", new Floors(0.89, 0.96, 0.97, 0.95, 0.02, 0.98));
    }

    @Test
    void ownHeldOutQuestions() throws IOException {
        holds("own-questions", new Floors(0.93, 0.95, 0.97, 0.95, 0.03, 0.98));
    }

    /**
     * The second blind set (issue 9: long and rambling, phone-typed, staff with negations, near-miss
     * and unrelated questions in five languages), written by a helper who saw neither the keywords,
     * nor understanding.yaml, nor the other sets; measured once before any change for it (README).
     */
    @Test
    void blindQuestions() throws IOException {
        holds("blind-questions", new Floors(0.93, 0.96, 0.97, 0.89, 0.01, 0.98));
    }

    /** A tuning set for the same kinds of question, written blind by another helper; thresholds were set on it. */
    @Test
    void tuningQuestions() throws IOException {
        holds("tuning-questions", new Floors(0.85, 0.93, 0.97, 0.97, 0.02, 0.98));
    }

    @Test
    void tuningConversations() throws IOException {
        conversations("tuning-conversations", 0.84, 0.6);
    }

    @Test
    void blindConversations() throws IOException {
        conversations("blind-conversations", 0.86, 0.72);
    }

    /**
     * The third blind set (written in session 14 by a helper who saw only the source documents and
     * the catalogue), measured once before any change for it (README); floors below what it reached.
     */
    @Test
    void thirdBlindQuestions() throws IOException {
        holds("blind3-questions", new Floors(0.91, 0.96, 0.97, 0.95, 0.01, 0.98));
    }

    @Test
    void thirdBlindConversations() throws IOException {
        conversations("blind3-conversations", 0.85, 0.80);
    }

    /**
     * The fourth blind set (written in session 15 by a helper who saw only the source documents, the
     * catalogue and the contract), measured once before and once after session 15's changes, its
     * misses never read (README); floors below what it reached.
     */
    @Test
    void fourthBlindQuestions() throws IOException {
        holds("blind4-questions", new Floors(0.93, 0.99, 0.97, 0.96, 0.01, 0.99));
    }

    @Test
    void fourthBlindConversations() throws IOException {
        conversations("blind4-conversations", 0.87, 0.81);
    }

    /**
     * The fifth blind set (written in session 16 by a helper who saw only the source documents, the
     * catalogue and the contract), measured once before any change of session 16; its misses were
     * then read (README). Floors just below what it reaches after session 16.
     */
    @Test
    void fifthBlindQuestions() throws IOException {
        holds("blind5-questions", new Floors(0.93, 0.99, 0.99, 0.98, 0.013, 1.0));
    }

    @Test
    void fifthBlindConversations() throws IOException {
        conversations("blind5-conversations", 0.95, 0.92);
    }

    /**
     * The sixth blind set: conversations only, with follow-ups as terse, sloppy and elliptical as
     * real chats (written in session 16 by a helper who saw only the sources, the catalogue and
     * the contract), measured once before any change for it; its misses were then read (README).
     */
    @Test
    void sixthBlindConversations() throws IOException {
        conversations("blind6-conversations", 0.76, 0.58);
    }

    /**
     * The seventh blind set: staff questions only (written in session 16 by a helper who saw only the
     * catalogue, the overview and the contract), measured once before any change for it; its misses
     * were then read (README).
     */
    @Test
    void seventhBlindQuestions() throws IOException {
        holds("blind7-questions", new Floors(0.99, 0.99, 0.93, 0.0, 0.02, 0.98));
    }

    /**
     * The eighth blind set: 150 questions and 45 conversations (written in session 17 by a helper who
     * saw only the sources, the catalogue and the contract), measured once before any change for it;
     * its misses were then read (README).
     */
    @Test
    void eighthBlindQuestions() throws IOException {
        holds("blind8-questions", new Floors(0.89, 0.92, 0.99, 0.96, 0.036, 0.99));
    }

    @Test
    void eighthBlindConversations() throws IOException {
        conversations("blind8-conversations", 0.77, 0.62);
    }

    /**
     * The ninth blind set: 150 questions and 50 conversations (written in session 18 by a helper who
     * saw only the sources, the catalogue and the contract), measured once before any change for it;
     * its misses were then read (README).
     */
    @Test
    void ninthBlindQuestions() throws IOException {
        holds("blind9-questions", new Floors(0.92, 0.97, 0.99, 0.99, 0.01, 0.99));
    }

    @Test
    void ninthBlindConversations() throws IOException {
        conversations("blind9-conversations", 0.93, 0.77);
    }

    /**
     * The tenth blind set: 60 conversations of 246 turns, follow-ups of many kinds (written in session
     * 18 by a helper who saw only the sources, the catalogue and the contract), measured once before
     * any change for it; its misses were then read (README).
     */
    @Test
    void tenthBlindConversations() throws IOException {
        conversations("blind10-conversations", 0.85, 0.66);
    }

    /**
     * The thirteenth blind set: staff questions only, 70 in five languages (written in session 20 by a
     * helper who saw only the sources, the catalogue and the contract), measured once before any
     * change for it (README).
     */
    @Test
    void thirteenthBlindQuestions() throws IOException {
        holds("blind13-questions", new Floors(0.99, 0.99, 0.98, 0.0, 0.015, 0.99));
    }

    /**
     * The eleventh blind set: 50 conversations of 245 turns that move between topics and come back to
     * an earlier one, correct the assistant, or step aside to an uncovered question (written in
     * session 19 by a helper who saw only the sources, the catalogue and the contract), measured once
     * before any change for it (README).
     */
    @Test
    void eleventhBlindConversations() throws IOException {
        conversations("blind11-conversations", 0.93, 0.68);
    }

    /**
     * The twelfth blind set: 40 conversations of 155 turns, mostly short phone-typed follow-ups of
     * every kind (written in session 20 by a helper who saw only the sources, the catalogue and the
     * contract), measured once before any change for it (README).
     */
    @Test
    void twelfthBlindConversations() throws IOException {
        conversations("blind12-conversations", 0.80, 0.62);
    }

    /**
     * The fourteenth blind set: 130 single questions, many long with side details, phone-typed, staff
     * questions with negations and near-misses (written in session 21 by a helper who saw only the
     * sources, the catalogue and the contract), measured once before any change for it (README).
     */
    @Test
    void fourteenthBlindQuestions() throws IOException {
        holds("blind14-questions", new Floors(0.93, 0.97, 0.99, 0.95, 0.011, 0.99));
    }

    /**
     * The fifteenth blind set: 40 conversations of 169 turns, a long first message and short
     * follow-ups, some telling the user's own case or opening a new subject, eight of staff (written
     * in session 21 by a helper who saw only the sources, the catalogue and the contract), measured
     * once before any change for it (README).
     */
    @Test
    void fifteenthBlindConversations() throws IOException {
        conversations("blind15-conversations", 0.72, 0.39);
    }

    /**
     * The sixteenth blind set: 150 single questions of kinds not tested before: search-box keywords,
     * messages that mix the Dutch official terms into another language (and non-native Dutch),
     * questions asked for someone else or by an employer or landlord, terse staff notes, near-misses
     * in the same styles (written in session 22 by a helper who saw only the sources, the catalogue
     * and the contract), measured once before any change for it (README); its misses were then read,
     * so the floors are the figures reached after that.
     */
    @Test
    void sixteenthBlindQuestions() throws IOException {
        holds("blind16-questions", new Floors(0.95, 0.97, 0.93, 0.99, 0.018, 0.98));
    }

    /**
     * The sixteenth set's 30 conversations of 112 turns: keyword first turns with terse follow-ups,
     * mixed-language chats, a friend's case then one's own, an employer's duties, five of staff.
     */
    @Test
    void sixteenthBlindConversations() throws IOException {
        conversations("blind16-conversations", 0.79, 0.53);
    }

    /**
     * The seventeenth blind set: 150 single questions of kinds not tested before: questions about
     * time and change ("is that already law?"), false premises repeated from an employer or a friend,
     * questions full of numbers, very short messages with emoji and capitals, greetings with a long
     * preamble, staff questions about the timeline, near-misses in the same styles (written in
     * session 23 by a helper who saw only the sources, the catalogue and the contract), measured
     * once before any change for it (README); its misses were then read, so the floors are the
     * figures reached after that.
     */
    @Test
    void seventeenthBlindQuestions() throws IOException {
        holds("blind17-questions", new Floors(0.89, 0.92, 0.98, 0.95, 0.01, 0.98));
    }

    /**
     * The seventeenth set's 30 conversations: a first turn of those kinds, then "since when?", "so
     * my boss was lying?", "who can help me?", a language switch, a near-miss and a clarification.
     */
    @Test
    void seventeenthBlindConversations() throws IOException {
        conversations("blind17-conversations", 0.78, 0.6);
    }

    /**
     * The eighteenth blind set: 150 single questions of kinds not tested before: Polish, Romanian
     * and Bulgarian with Dutch institution words mixed in ("problem z huurcontract"), questions
     * asked for someone else (a mother, a wife, a landlord, an employer), life situations
     * (pregnancy, sickness, an accident, dismissal, the end of a season) with their near-misses,
     * staff cross-questions by theme and status (written in session 24 by a helper who saw only
     * the sources, the catalogue and the contract), measured once before any change for it (README);
     * its misses were then read, so the floors are the figures reached after that.
     */
    @Test
    void eighteenthBlindQuestions() throws IOException {
        holds("blind18-questions", new Floors(0.89, 0.92, 0.98, 0.96, 0.02, 0.99));
    }

    /**
     * The eighteenth set's 40 conversations of 153 turns: repairs ("no, I meant", "that's not what
     * I asked", "are you sure?", "why?"), answers to the clarifying choices, returning to an earlier
     * subject, thanks at the end, language switches.
     */
    @Test
    void eighteenthBlindConversations() throws IOException {
        conversations("blind18-conversations", 0.82, 0.6);
    }

    /**
     * The nineteenth blind set: 150 single questions of kinds not tested before: dictated voice
     * messages (no punctuation, fillers, misheard words), formal letters and e-mails with a
     * signature, two questions in one message (one covered, one not, or both), questions about a
     * measure's aspects (who, when, is it law yet), staff questions phrased as report or meeting
     * tasks, near-misses in the same styles (written in session 25 by a helper who saw only the
     * sources, the catalogue and the contract), measured once before any change for it (README);
     * its misses were then read, so the floors are the figures reached after that.
     */
    @Test
    void nineteenthBlindQuestions() throws IOException {
        holds("blind19-questions", new Floors(0.77, 0.93, 0.99, 0.95, 0.03, 0.99));
    }

    /**
     * The nineteenth set's 40 conversations of 171 turns: a two-problem first message and "and the
     * second thing?", follow-ups about facts in the answer ("how many days?", "who checks that?"),
     * language switches, thanks at the end, staff conversations that narrow and count.
     */
    @Test
    void nineteenthBlindConversations() throws IOException {
        conversations("blind19-conversations", 0.88, 0.67);
    }

    /**
     * The twentieth blind set: 150 single questions of kinds not tested before: distressed and
     * angry messages (capitals, emoji, panic), questions asked from other roles (an employer, a
     * landlord, a municipal official, a volunteer, a journalist, a GP's assistant), comparisons of
     * two things, measures named by a paraphrased or misspelt title, by theme and number or by the
     * organisation behind them, staff comparisons of themes and statuses, near-misses and attempts
     * to make the assistant leave its task (written in session 26 by a helper who saw only the
     * sources, the catalogue and the contract), measured once before any change for it (README);
     * its misses were then read, so the floors are the figures reached after that.
     */
    @Test
    void twentiethBlindQuestions() throws IOException {
        holds("blind20-questions", new Floors(0.88, 0.94, 0.99, 0.97, 0.02, 0.99));
    }

    /**
     * The twentieth set's 40 conversations: long drill-downs that refer back two or three turns,
     * an upset user who calms down, asking for someone else halfway, staff narrowing a list and
     * asking "the opposite", a near-miss in the middle, choices picked by part of a title.
     */
    @Test
    void twentiethBlindConversations() throws IOException {
        conversations("blind20-conversations", 0.87, 0.6);
    }

    /**
     * The twenty-first blind set: 150 single questions of kinds not tested before: texts pasted
     * from an employer, a contract, a payslip or a letter (often in Dutch inside another language),
     * numbered questions with two or three points, questions about a word or organisation the
     * measures use, hypotheticals and past events, staff questions about dates and the report, phone
     * typing (written in session 27 by a helper who saw only the sources, the catalogue and the
     * contract), measured once before any change for it (README); its misses were then read, so the
     * floors are the figures reached after that.
     */
    @Test
    void twentyFirstBlindQuestions() throws IOException {
        holds("blind21-questions", new Floors(0.85, 0.93, 0.88, 0.86, 0.02, 0.99));
    }

    /**
     * The twenty-first set's 40 conversations: replies by position to a staff list ("the second
     * one", "the last one in that list"), numbered questions and "now the second question", a
     * pasted text and "who can help me with this?", "go back to my first question", "forget that,
     * new question", "no, I meant the rent", a near-miss in the middle, language switches, thanks.
     */
    @Test
    void twentyFirstBlindConversations() throws IOException {
        conversations("blind21-conversations", 0.84, 0.55);
    }

    /**
     * The twenty-second blind set: 150 single questions of kinds not tested before: questions asked
     * for a relative or friend, voice-dictated run-on messages, keyword-only phone messages,
     * code-switching with Dutch words, what a word or organisation means, what changes when, angry
     * or frightened messages, staff questions about dates and deadlines (written in session 28 by a
     * helper who saw only the sources, the catalogue and the contract), measured once before any
     * change for it (README); its misses were then read, so the floors are the figures reached after that.
     */
    @Test
    void twentySecondBlindQuestions() throws IOException {
        holds("blind22-questions", new Floors(0.92, 0.97, 0.99, 0.97, 0.02, 0.99));
    }

    /**
     * The twenty-second set's 40 conversations: an aspect of the measure just discussed, a
     * correction ("no, I meant the housing one"), asking for someone else then "and what about me?",
     * a staff list refined or answered by position, a near-miss then a covered clarification,
     * language switches, thanks.
     */
    @Test
    void twentySecondBlindConversations() throws IOException {
        conversations("blind22-conversations", 0.91, 0.84);
    }

    private static void conversations(String set, double followUps, double whole) throws IOException {
        var conversations = ConversationEvaluation.read(Path.of("src/test/resources/eval/" + set + ".jsonl"));
        ConversationEvaluation.Report report = ConversationEvaluation.run(AssistantFixture.assistant(), conversations, true);
        Files.writeString(Path.of("target/quality-" + set + ".txt"), report.details(), StandardCharsets.UTF_8);
        System.out.println(set + ": " + report.summary());
        assertThat(report.followUps()).as("follow-up turns right").isGreaterThanOrEqualTo(followUps);
        assertThat(report.wholeConversations()).as("whole conversations right").isGreaterThanOrEqualTo(whole);
    }
}
