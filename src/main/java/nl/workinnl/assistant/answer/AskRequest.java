package nl.workinnl.assistant.answer;

/**
 * The body of {@code POST /api/v1/ask}: the user's message, optionally the language they chose, and
 * the context the previous answer returned (the same conversation continues).
 */
record AskRequest(String text, String language, String context) {}
