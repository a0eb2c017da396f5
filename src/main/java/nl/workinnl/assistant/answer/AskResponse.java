package nl.workinnl.assistant.answer;

import java.util.List;

/** The answer as the {@code /api/v1/ask} contract describes it. */
record AskResponse(String language, boolean answered, String kind, String text, List<Citation> citations,
                   List<Suggestion> suggestions, List<AnswerPart> parts, String context, String feedbackToken) {

    static AskResponse of(Answer answer, String context, String feedbackToken) {
        return new AskResponse(answer.language().code(), answer.answered(), answer.kindName(), answer.text(),
                answer.citations(), answer.suggestions(), answer.parts(), context, feedbackToken);
    }
}
