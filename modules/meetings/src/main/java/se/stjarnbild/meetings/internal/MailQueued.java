package se.stjarnbild.meetings.internal;

/** A message was written to the outbox; it is sent once its transaction has committed. */
record MailQueued(long id) {
}
