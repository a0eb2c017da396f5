package nl.workinnl.assistant.answer;

import java.util.List;

/** The answer as the {@code /api/v1/ask} contract describes it. */
record AskResponse(String language, boolean answered, String text, List<Citation> citations) {

    static AskResponse of(Answer answer) {
        return new AskResponse(answer.language().code(), answer.answered(), answer.text(), answer.citations());
    }
}
