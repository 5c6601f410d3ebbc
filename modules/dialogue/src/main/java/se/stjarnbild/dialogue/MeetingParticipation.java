package se.stjarnbild.dialogue;

import java.io.Serializable;

/**
 * How a meeting's room took part: reactions and the phones that sent them, sentences sent with
 * them, and the quotes now kept from the meeting (approved sentences and words noted in the minutes).
 */
public record MeetingParticipation(long meetingId, long reactions, long devices, long sentences, long quotes)
        implements Serializable {
}
