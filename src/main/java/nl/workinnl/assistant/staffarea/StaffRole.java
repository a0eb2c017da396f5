package nl.workinnl.assistant.staffarea;

/** What a staff user may do: STAFF the information-point tools, EDITOR also the declined questions. */
public enum StaffRole {
    STAFF, EDITOR;

    /** The authority Spring Security checks, "ROLE_EDITOR". */
    String authority() {
        return "ROLE_" + name();
    }
}
