package se.stjarnbild.dialogue;

import java.io.Serializable;

/** What a phone in the room sees: the meeting, and the star on screen (null when none). */
public record PhoneState(String code, String meetingTitle, boolean closed, Long starId, String starTitle,
        String starDescription) implements Serializable {
}
