/**
 * iCalendar (RFC 5545) output for meetings: a subscribable feed and a single-event attachment for
 * confirmation e-mails.
 * <p>
 * Plain Java with no library at run time: the writer is small, and writing it ourselves is the
 * only way to fold lines by UTF-8 octets (ical4j folds by characters) and to name the zone
 * Europe/Stockholm (ical4j's bundled zone data aliases it to Europe/Berlin). Tests parse the
 * output back with ical4j to prove other software reads it as meant.
 */
package se.stjarnbild.meetings.calendar;
