/**
 * The time rules of meetings, as plain Java with no container or database: turning what an
 * organiser types into instants in Swedish time, finding clashes with other meetings, and
 * deciding who gets a seat and who waits. Kept free of Jakarta so the rules can be tested in
 * milliseconds and reused by every service that schedules or registers.
 */
package se.stjarnbild.meetings.scheduling;
