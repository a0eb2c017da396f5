package nl.workinnl.assistant.web;

/** The body of every 4xx answer of the JSON API: one sentence saying what is wrong. */
public record ApiError(String error) {}
