package nl.workinnl.assistant.edition;

import nl.workinnl.assistant.corpus.Status;

/** A measure as the overview states it: the official fields only. {@code line} is where its title stands. */
record OverviewMeasure(String id, String theme, String number, String title, Status status, String officialText, int line) {}
