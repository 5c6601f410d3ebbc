package se.stjarnbild.meetings;

import java.io.Serializable;
import se.stjarnbild.model.meetings.MeetingKind;

/** Which meetings to list: coming or past (or all), of one kind or any, with or without cancelled ones. */
public record MeetingFilter(Period period, MeetingKind kind, boolean includeCancelled) implements Serializable {

    public enum Period {
        UPCOMING,
        PAST,
        ALL
    }

    public static MeetingFilter upcoming() {
        return new MeetingFilter(Period.UPCOMING, null, true);
    }
}
