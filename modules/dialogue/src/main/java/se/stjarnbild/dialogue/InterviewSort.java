package se.stjarnbild.dialogue;

/** The columns the interview list sorts by. */
public enum InterviewSort {
    DATE,
    DISTRICT,
    INTERVIEWER,
    CATEGORY
}
