package nl.workinnl.assistant.staff;

import java.util.List;
import java.util.Optional;
import nl.workinnl.assistant.translation.LocalizedMeasure;

/**
 * A list or count answer: its sentence (the list's heading, or the count), exactly the measures it
 * is about, whether they are to be listed, what to say when there are none, and the date of the
 * figures. Channels lay it out; the text is not put together here.
 */
public record StaffAnswer(String heading, List<LocalizedMeasure> measures, boolean listed, Optional<String> none, String asOf) {}
