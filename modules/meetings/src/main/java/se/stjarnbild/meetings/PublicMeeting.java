package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.Instant;

/** An open meeting as the public pages show it: no personal data, just what, when, where and seats left. */
public record PublicMeeting(long id, String title, String description, Instant startsAt, Instant endsAt,
        String venue, String address, String accessibility, String onlineLink, String serviceNotes,
        Integer seatsLeft, boolean cancelled, boolean past) implements Serializable {

    public boolean full() {
        return seatsLeft != null && seatsLeft <= 0;
    }
}
