package se.stjarnbild.dialogue;

import java.io.Serializable;

/**
 * A meeting's presentation: its short code, whether it takes reactions, and which star is on
 * screen ({@code position} counts from 1 among {@code slides}; 0 when there are no stars).
 */
public record LiveState(long meetingId, String meetingTitle, String code, boolean closed, Long starId,
        int position, int slides) implements Serializable {
}
