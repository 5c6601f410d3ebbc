package se.stjarnbild.model.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.users.AppUser;

/**
 * A meeting: an open meeting, a reference group's session or the board's meeting. Times are
 * instants; pages show them in Europe/Stockholm. {@code sequenceNumber} grows with every change
 * that calendars must hear of (RFC 5545 SEQUENCE).
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private MeetingKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(name = "title", nullable = false)
    private String title;

    @Size(max = 4000)
    @Column(name = "description")
    private String description;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Size(max = 500)
    @Column(name = "online_link")
    private String onlineLink;

    /** Seats; null means the venue's capacity (or no limit online). */
    @Column(name = "capacity")
    private Integer capacity;

    @Size(max = 2000)
    @Column(name = "service_notes")
    private String serviceNotes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    /** Why the organiser kept the meeting despite the conflicts shown, if they did. */
    @Size(max = 1000)
    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "reminder_hours", nullable = false)
    private int reminderHours = 24;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** How many came, counted at the door or by the organiser afterwards. */
    @Column(name = "attendance")
    private Integer attendance;

    @Size(max = 8000)
    @Column(name = "minutes", length = 8000)
    private String minutes;

    @ManyToMany
    @JoinTable(name = "meeting_organiser", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<AppUser> organisers = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "meeting_reference_group", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "reference_group_id"))
    private Set<ReferenceGroup> referenceGroups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", length = 500, nullable = false)
    private List<String> agenda = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(MeetingKind kind, String title, Instant startsAt, Instant endsAt) {
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** The seats registrations may fill: the meeting's own number, else the venue's; null for no limit. */
    public Integer seats() {
        if (capacity != null) {
            return capacity;
        }
        return venue == null ? null : venue.getCapacity();
    }

    /** A change people's calendars should pick up. */
    public void changed() {
        sequenceNumber++;
    }

    /** The meeting moved: its reminder is due again for the new time. */
    public void remindAgain() {
        reminderSentAt = null;
    }

    public void cancel() {
        status = MeetingStatus.CANCELLED;
        changed();
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void reschedule(Instant starts, Instant ends) {
        this.startsAt = starts;
        this.endsAt = ends;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
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

    public String getServiceNotes() {
        return serviceNotes;
    }

    public void setServiceNotes(String serviceNotes) {
        this.serviceNotes = serviceNotes;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public int getReminderHours() {
        return reminderHours;
    }

    public void setReminderHours(int reminderHours) {
        this.reminderHours = reminderHours;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<AppUser> getOrganisers() {
        return organisers;
    }

    public Set<ReferenceGroup> getReferenceGroups() {
        return referenceGroups;
    }

    public List<String> getAgenda() {
        return agenda;
    }
}
