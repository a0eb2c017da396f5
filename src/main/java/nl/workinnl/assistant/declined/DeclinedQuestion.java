package nl.workinnl.assistant.declined;

import java.time.LocalDate;
import nl.workinnl.assistant.language.Language;

/** One kept question, already scrubbed: the day, never the time; nothing about who asked. */
public record DeclinedQuestion(LocalDate askedOn, Language language, Channel channel, String theme, String measureId,
                               DeclineReason reason, String question) {}
