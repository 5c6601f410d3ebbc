package se.stjarnbild.model.users;

/** Staff roles. A user may hold several. */
public enum Role {
    /** Records and codes the dialogue, proposes stars. */
    STAFF,
    /** Schedules meetings, handles registrations and attendance. */
    ORGANISER,
    /** Edits and freezes the decision document. */
    SECRETARY,
    /** Manages users, districts, groups, themes and retention. */
    ADMIN;

    public static final String STAFF_NAME = "STAFF";
    public static final String ORGANISER_NAME = "ORGANISER";
    public static final String SECRETARY_NAME = "SECRETARY";
    public static final String ADMIN_NAME = "ADMIN";
}
