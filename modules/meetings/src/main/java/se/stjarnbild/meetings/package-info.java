/**
 * Meeting scheduling: venues, open meetings and group sessions, conflicts, registration with a
 * waitlist, iCalendar and e-mail. This base package is the module's public API.
 * <p>
 * May use: the shared model. Used by: reference groups, reporting and the webapp, through this
 * API only.
 */
package se.stjarnbild.meetings;
