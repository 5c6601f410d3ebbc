package se.stjarnbild.meetings.mail;

/** One e-mail to send: plain text, with an optional iCalendar attachment (the meeting as .ics). */
public record OutgoingMail(String recipient, String subject, String body, String calendar) {
}
