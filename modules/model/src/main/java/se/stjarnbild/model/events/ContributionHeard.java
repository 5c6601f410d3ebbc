package se.stjarnbild.model.events;

/**
 * Someone said something at a meeting that belongs with the people's own words: fired by the
 * meetings module in its transaction, heard by the dialogue module, which keeps it as a quote
 * (source: meeting). Neither module reaches into the other; both know this event.
 */
public record ContributionHeard(long meetingId, String text, Long districtId) {
}
