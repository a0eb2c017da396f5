package nl.workinnl.assistant.corpus;

/** The six statuses of the monitoring overview, in the overview's order. */
public enum Status {
    AFGEROND,
    DOORLOPEND,
    IN_UITVOERING,
    VERTRAAGD,
    ERNSTIGE_OBSTAKELS,
    ANDERS_UITGEVOERD
}
