package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.DatePolls;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.PollInput;
import se.stjarnbild.meetings.PollRow;
import se.stjarnbild.meetings.SlotInput;

/** Backs meetings/polls.xhtml: the polls so far, and a new one with its candidate times (rows can be added). */
@Named
@ViewScoped
public class PollsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_ROWS = 4;

    @Inject
    private DatePolls polls;

    @Inject
    private Meetings meetings;

    private List<PollRow> rows;
    private String title;
    private Long groupId;
    private final List<Slot> slots = new ArrayList<>();

    public PollsBacking() {
        for (int i = 0; i < FIRST_ROWS; i++) {
            slots.add(new Slot());
        }
    }

    public List<PollRow> getRows() {
        if (rows == null) {
            rows = polls.list();
        }
        return rows;
    }

    public String create() {
        PollInput input = new PollInput(title, groupId, slots.stream().map(Slot::input).toList());
        long[] id = new long[1];
        if (!Refusals.attempt("pollForm", "meeting.editConflict", () -> id[0] = polls.create(input))) {
            return null;
        }
        MeetingsTexts.flashInfo("poll.created");
        return "/meetings/poll?faces-redirect=true&id=" + id[0];
    }

    public void addSlot() {
        slots.add(new Slot());
    }

    public List<Choice> getGroups() {
        return meetings.referenceGroups();
    }

    public List<Slot> getSlots() { return slots; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }

    /** One row of the form: a day, a start and an end. */
    public static class Slot implements Serializable {

        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;

        SlotInput input() {
            return new SlotInput(date, start, end);
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public LocalTime getStart() { return start; }
        public void setStart(LocalTime start) { this.start = start; }
        public LocalTime getEnd() { return end; }
        public void setEnd(LocalTime end) { this.end = end; }
    }
}
