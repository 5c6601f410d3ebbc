package se.stjarnbild.meetings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.MeetingDetails;
import se.stjarnbild.meetings.MeetingInput;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.scheduling.Conflict;
import se.stjarnbild.model.meetings.MeetingKind;

/**
 * Backs meetings/meeting-edit.xhtml: schedule a meeting ({@code ?id} absent) or move one. The
 * conflicts show before saving; a meeting with conflicts is saved only with a reason, which is kept.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Inject
    private se.stjarnbild.meetings.DatePolls polls;

    private Long pollId;
    private Long slotId;

    private Long id;
    private long version;
    private boolean found = true;
    private boolean cancelled;
    private MeetingKind kind = MeetingKind.OPEN_MEETING;
    private String title;
    private String description;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private Long venueId;
    private String onlineLink;
    private Integer capacity;
    private List<Long> organiserIds = new ArrayList<>();
    private List<Long> groupIds = new ArrayList<>();
    private String agenda;
    private String serviceNotes;
    private Integer reminderHours = 24;
    private String overrideReason;
    private List<Conflict> conflicts = List.of();
    private List<Choice> venues;
    private List<Choice> organisers;
    private List<Choice> groups;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null && pollId != null && slotId != null) {
            fromPoll();
            return;
        }
        if (id == null) {
            return;
        }
        meetings.find(id).ifPresentOrElse(this::fill, () -> found = false);
    }

    /** A cancelled meeting is not edited: its registrants were told it is off. */
    public boolean isCancelled() {
        return cancelled;
    }

    private void fill(MeetingDetails details) {
        cancelled = details.status() == se.stjarnbild.model.meetings.MeetingStatus.CANCELLED;
        MeetingInput in = details.input();
        version = details.version();
        kind = in.kind();
        title = in.title();
        description = in.description();
        date = in.date();
        start = in.start();
        end = in.end();
        venueId = in.venueId();
        onlineLink = in.onlineLink();
        capacity = in.capacity();
        organiserIds = new ArrayList<>(in.organiserIds());
        groupIds = new ArrayList<>(in.groupIds());
        agenda = String.join("\n", in.agenda());
        serviceNotes = in.serviceNotes();
        reminderHours = in.reminderHours();
        overrideReason = in.overrideReason();
    }

    private MeetingInput input() {
        List<String> items = agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).toList();
        return new MeetingInput(kind, title, description, date, start, end, venueId, onlineLink, capacity,
                new HashSet<>(organiserIds), new HashSet<>(groupIds), items, serviceNotes, reminderHours, overrideReason);
    }

    /** Shows what the meeting would collide with, before anything is saved. */
    public void checkConflicts() {
        se.stjarnbild.meetings.scheduling.MeetingTime.Result time =
                se.stjarnbild.meetings.scheduling.MeetingTime.resolve(date, start, end);
        if (!time.isValid()) {
            conflicts = List.of();
            Refusals.show("meetingForm", time.problems(), "meeting.conflicts.cannotCheck"); // a time that cannot be checked says why
            return;
        }
        conflicts = meetings.conflicts(id, input());
        if (conflicts.isEmpty()) {
            Refusals.info("meeting.conflicts.none");
        }
    }

    /** A new meeting from a poll's chosen time: the group's session at that time, titled as the poll. */
    private void fromPoll() {
        polls.find(pollId).ifPresent(poll -> polls.slot(pollId, slotId).ifPresent(slot -> {
            kind = se.stjarnbild.model.meetings.MeetingKind.GROUP_SESSION;
            title = poll.title();
            date = slot.date();
            start = slot.start();
            end = slot.end();
            groupIds = new ArrayList<>(List.of(poll.groupId()));
        }));
    }

    public String save() {
        long[] saved = new long[1];
        boolean created = id == null;
        if (Refusals.attempt("meetingForm", "meeting.editConflict", () -> saved[0] = meetings.save(id, version, input()))) {
            // a second click on the same form must not make a second meeting: it now edits the one just saved
            id = saved[0];
            version = meetings.find(id).map(MeetingDetails::version).orElse(version);
            if (created && pollId != null && slotId != null
                    && !Refusals.attempt("meetingForm", "meeting.editConflict", () -> polls.decide(pollId, slotId, saved[0]))) {
                MeetingsTexts.flashInfo("meeting.created");
                return "/meetings/meeting?faces-redirect=true&id=" + saved[0];
            }
            MeetingsTexts.flashInfo(created ? "meeting.created" : "meeting.saved");
            return "/meetings/meeting?faces-redirect=true&id=" + saved[0];
        }
        conflicts = meetings.conflicts(id, input());
        return null;
    }

    /** The clashes in words, naming the organiser or group that clashes. */
    public List<String> getConflictLines() {
        return ConflictLines.of(conflicts, names(getOrganisers()), names(getGroups()),
                c -> MeetingsTexts.when(c.otherStart(), c.otherEnd()), MeetingsTexts::get);
    }

    private static java.util.Map<Long, String> names(List<Choice> choices) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        choices.forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    public List<Choice> getVenues() {
        if (venues == null) {
            venues = meetings.venues();
        }
        return venues;
    }

    public List<Choice> getOrganisers() {
        if (organisers == null) {
            organisers = meetings.organisers();
        }
        return organisers;
    }

    public List<Choice> getGroups() {
        if (groups == null) {
            groups = meetings.referenceGroups();
        }
        return groups;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<Long> getOrganiserIds() {
        return organiserIds;
    }

    public void setOrganiserIds(List<Long> organiserIds) {
        this.organiserIds = organiserIds;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<Long> groupIds) {
        this.groupIds = groupIds;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getServiceNotes() {
        return serviceNotes;
    }

    public void setServiceNotes(String serviceNotes) {
        this.serviceNotes = serviceNotes;
    }

    public Integer getReminderHours() {
        return reminderHours;
    }

    public void setReminderHours(Integer reminderHours) {
        this.reminderHours = reminderHours;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public Long getPollId() {
        return pollId;
    }

    public void setPollId(Long pollId) {
        this.pollId = pollId;
    }

    public Long getSlotId() {
        return slotId;
    }

    public void setSlotId(Long slotId) {
        this.slotId = slotId;
    }
}
