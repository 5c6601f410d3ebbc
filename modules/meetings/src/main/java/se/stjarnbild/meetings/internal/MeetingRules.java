package se.stjarnbild.meetings.internal;

import se.stjarnbild.meetings.PlainText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.meetings.MeetingInput;
import se.stjarnbild.meetings.scheduling.MeetingTime;
import se.stjarnbild.meetings.scheduling.Problem;

/** The rules a meeting must meet that need no database; each broken rule names its field. */
final class MeetingRules {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_LINK = 500;
    static final int MAX_NOTES = 2_000;
    static final int MAX_AGENDA_ITEMS = 30;
    static final int MAX_AGENDA_ITEM = 500;
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_REMINDER_HOURS = 24 * 30;

    private MeetingRules() {
    }

    static List<Problem> check(MeetingInput in, MeetingTime.Result time) {
        List<Problem> problems = new ArrayList<>(time.problems());
        if (in.kind() == null) {
            problems.add(Problem.of("kind", "meeting.kind.required"));
        }
        String title = PlainText.clean(in.title());
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "meeting.title.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(Problem.of("title", "meeting.title.tooLong", MAX_TITLE));
        }
        if (PlainText.clean(in.description()).length() > MAX_DESCRIPTION) {
            problems.add(Problem.of("description", "meeting.description.tooLong", MAX_DESCRIPTION));
        }
        String link = in.onlineLink() == null ? "" : in.onlineLink().trim();
        if (!link.isEmpty() && !isWebLink(link)) {
            problems.add(Problem.of("onlineLink", "meeting.onlineLink.invalid"));
        }
        if (in.venueId() == null && link.isEmpty()) {
            problems.add(Problem.of("venue", "meeting.place.required"));
        }
        if (in.capacity() != null && (in.capacity() < 1 || in.capacity() > MAX_CAPACITY)) {
            problems.add(Problem.of("capacity", "registration.capacity.atLeastOne"));
        }
        if (in.organiserIds() == null || in.organiserIds().isEmpty()) {
            problems.add(Problem.of("organisers", "meeting.organisers.required"));
        }
        if (in.reminderHours() != null && (in.reminderHours() < 0 || in.reminderHours() > MAX_REMINDER_HOURS)) {
            problems.add(Problem.of("reminderHours", "meeting.reminderHours.invalid", MAX_REMINDER_HOURS));
        }
        if (PlainText.clean(in.serviceNotes()).length() > MAX_NOTES) {
            problems.add(Problem.of("serviceNotes", "meeting.serviceNotes.tooLong", MAX_NOTES));
        }
        List<String> agenda = agenda(in);
        if (agenda.size() > MAX_AGENDA_ITEMS || agenda.stream().anyMatch(item -> item.length() > MAX_AGENDA_ITEM)) {
            problems.add(Problem.of("agenda", "meeting.agenda.tooLong", MAX_AGENDA_ITEMS, MAX_AGENDA_ITEM));
        }
        return problems;
    }

    /** The agenda as items: blank lines dropped, markup removed. */
    static List<String> agenda(MeetingInput in) {
        return in.agenda() == null ? List.of()
                : in.agenda().stream().map(PlainText::clean).filter(item -> !item.isEmpty()).toList();
    }

    private static boolean isWebLink(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
