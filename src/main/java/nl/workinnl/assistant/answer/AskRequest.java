package nl.workinnl.assistant.answer;

/** The body of {@code POST /api/v1/ask}: the user's message and, optionally, the language they chose. */
record AskRequest(String text, String language) {}
