package nl.workinnl.assistant.answer;

/**
 * The body of {@code POST /api/v1/ask}: the user's message, optionally the language they chose, the
 * context the previous answer returned (the same conversation continues), and the id of a suggested
 * measure the user chose (a button) instead of typing.
 */
record AskRequest(String text, String language, String context, String choice) {}
