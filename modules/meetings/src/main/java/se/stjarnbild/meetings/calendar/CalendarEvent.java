package se.stjarnbild.meetings.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One meeting as calendar software sees it.
 *
 * @param uid            stable across changes, e.g. "meeting-42@stjarnbild", so clients update
 *                       the entry they already have instead of adding a second one
 * @param sequence       revision number: must grow whenever the meeting changes or is cancelled,
 *                       because clients ignore a version that is not newer than the one they hold
 * @param title          short summary
 * @param description    plain text, may be null
 * @param location       venue name and address, may be null
 * @param url            online meeting link or the meeting's public page, absolute, may be null
 * @param start          start instant
 * @param end            end instant, after start
 * @param cancelled      whether the meeting is called off (it stays in feeds so clients learn it)
 * @param organiserName  display name of the organiser, may be null
 * @param organiserEmail e-mail of the organiser, may be null; without it no organiser is written
 * @param lastModified   when the meeting was last changed
 */
public record CalendarEvent(
        String uid,
        int sequence,
        String title,
        String description,
        String location,
        String url,
        Instant start,
        Instant end,
        boolean cancelled,
        String organiserName,
        String organiserEmail,
        Instant lastModified) {

    public CalendarEvent {
        requireNonBlank(uid, "uid");
        requireNonBlank(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lastModified, "lastModified");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        if (url != null) {
            requireAbsoluteUri(url);
        }
        if (organiserEmail != null) {
            requirePlainAddress(organiserEmail);
        }
    }

    /** The same meeting, called off: the sequence grows so clients replace their copy. */
    public CalendarEvent asCancelled(Instant cancelledAt) {
        return new CalendarEvent(uid, sequence + 1, title, description, location, url, start, end,
                true, organiserName, organiserEmail, cancelledAt);
    }

    private static void requireNonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    // URI values are written unescaped, so a line break in one would start a forged property.
    private static void requireAbsoluteUri(String url) {
        URI uri = URI.create(url);
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("url must be absolute: " + url);
        }
    }

    // Same reason: the address goes into a mailto: URI unescaped.
    private static void requirePlainAddress(String email) {
        boolean hasAt = email.indexOf('@') > 0;
        boolean hasForbidden = email.chars().anyMatch(c -> c <= ' ' || c == 0x7F || c == ':' || c == '"');
        if (!hasAt || hasForbidden) {
            throw new IllegalArgumentException("not a plain e-mail address: " + email);
        }
    }
}
