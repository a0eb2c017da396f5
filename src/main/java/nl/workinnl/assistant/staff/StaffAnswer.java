package nl.workinnl.assistant.staff;

import java.util.List;
import nl.workinnl.assistant.translation.LocalizedMeasure;

/** The text of a list or count answer and exactly the measures it is about. */
public record StaffAnswer(String text, List<LocalizedMeasure> measures) {}
