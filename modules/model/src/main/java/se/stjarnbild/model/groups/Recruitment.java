package se.stjarnbild.model.groups;

/** How a member came to a reference group. */
public enum Recruitment {
    INTERVIEW,
    OPEN_MEETING,
    ASSOCIATION,
    INVITED_BY_STAFF,
    APPLIED,
    OTHER
}
