package se.stjarnbild.model.meetings;

/** What a meeting is for. */
public enum MeetingKind {
    /** Anyone may register and come (the open meetings on 8 and 9 October). */
    OPEN_MEETING,
    /** A reference group's session. */
    GROUP_SESSION,
    /** The municipal board's meeting that decides. */
    BOARD_MEETING
}
