package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.MeetingDetails;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.Receipt;
import se.stjarnbild.meetings.RegistrationRow;
import se.stjarnbild.meetings.Registrations;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * Backs meetings/meeting.xhtml: one meeting with its registrations and waitlist; staff register
 * someone by phone, tick arrivals at the door (search by name), add walk-ins, cancel a
 * registration or the whole meeting (each asks first).
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Inject
    private Registrations registrations;

    private Long id;
    private MeetingDetails meeting;
    private boolean loaded;
    private List<RegistrationRow> rows;
    private String search;
    private final RegistrationForm form = new RegistrationForm();
    private String walkInName;
    private Integer attendance;
    private String minutes;
    private boolean afterwardsLoaded;
    private String contribution;
    private List<String> contributions;
    private List<Choice> districts;

    public Optional<MeetingDetails> getMeeting() {
        if (!loaded && id != null) {
            meeting = meetings.find(id).orElse(null);
            loaded = true;
        }
        return Optional.ofNullable(meeting);
    }

    public MeetingDetails getCurrent() {
        return getMeeting().orElse(null);
    }

    public String getWhen() {
        return getMeeting().map(m -> MeetingsTexts.when(m.startsAt(), m.endsAt())).orElse("");
    }

    /** The registrations, narrowed to names containing the search (for the door). */
    public List<RegistrationRow> getRows() {
        if (rows == null) {
            rows = id == null ? List.of() : registrations.of(id);
        }
        if (search == null || search.isBlank()) {
            return rows;
        }
        return rows.stream().filter(r -> matches(r.name(), r.code(), search)).toList();
    }

    /**
     * The door's search: every word typed is in the name, in any order and case ("carlsson cecilia"
     * finds Cecilia Carlsson), or the text is the door code.
     */
    static boolean matches(String name, String code, String search) {
        String wanted = folded(search.strip());
        if (wanted.isEmpty() || wanted.equalsIgnoreCase(code)) {
            return true;
        }
        String foldedName = folded(name);
        return java.util.Arrays.stream(wanted.split("\\s+")).allMatch(foldedName::contains);
    }

    /** Small letters without accents: "Ostman" typed on a keyboard without ö finds Östman. */
    private static String folded(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** Whether anyone at all is registered (the search may show none of them). */
    public boolean isAnyRegistered() {
        if (rows == null) {
            getRows();
        }
        return !rows.isEmpty();
    }

    /** Shows everyone again. */
    public void clearSearch() {
        search = null;
        rows = null;
    }

    /** Everyone who has arrived, whatever the door's search shows. */
    public long getArrived() {
        if (rows == null) {
            getRows();
        }
        return rows.stream().filter(RegistrationRow::arrived).count();
    }

    /** Reads the registrations again (someone may have registered since) and narrows them by the search. */
    public void find() {
        rows = null;
    }

    /** Sets arrival to what the button showed it would become, so two people ticking the same row agree. */
    public void markArrived(RegistrationRow row, boolean arrived) {
        registrations.setArrived(row.id(), arrived);
        rows = null;
    }

    public String registerByPhone() {
        Receipt[] receipt = new Receipt[1];
        if (Refusals.attempt("phoneForm", "meeting.editConflict", () -> receipt[0] = registrations.registerByStaff(id,
                form.input(true)))) {
            MeetingsTexts.flashInfo(receipt[0].status() == RegistrationStatus.CONFIRMED ? "registration.staff.confirmed"
                    : "registration.staff.waitlisted", form.getName().trim(), receipt[0].code(), receipt[0].waitlistPosition());
            return self();
        }
        return null;
    }

    public String addWalkIn() {
        if (Refusals.attempt("walkInForm", "meeting.editConflict", () -> registrations.walkIn(id, walkInName))) {
            MeetingsTexts.flashInfo("registration.walkIn.added", walkInName.trim());
            return self();
        }
        return null;
    }

    public String cancelRegistration(RegistrationRow row) {
        registrations.cancelByStaff(row.id());
        MeetingsTexts.flashInfo("registration.staff.cancelled", row.name());
        return self();
    }

    public String saveAfterwards() {
        if (Refusals.attempt("afterForm", "meeting.editConflict", () -> meetings.recordAfterwards(id, attendance, minutes))) {
            MeetingsTexts.flashInfo("meeting.afterwards.saved");
            return self();
        }
        return null;
    }

    public String addContribution() {
        if (Refusals.attempt("contributionForm", "meeting.editConflict", () -> meetings.addContribution(id, contribution))) {
            MeetingsTexts.flashInfo("meeting.contribution.added");
            return self();
        }
        return null;
    }

    public List<String> getContributions() {
        if (contributions == null) {
            contributions = id == null ? List.of() : meetings.contributions(id);
        }
        return contributions;
    }

    private void loadAfterwards() {
        if (!afterwardsLoaded && id != null) {
            Meetings.Afterwards recorded = meetings.afterwards(id);
            attendance = recorded.attendance();
            minutes = recorded.minutes();
            afterwardsLoaded = true;
        }
    }

    public Integer getAttendance() {
        loadAfterwards();
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        afterwardsLoaded = true;
        this.attendance = attendance;
    }

    public String getMinutes() {
        loadAfterwards();
        return minutes;
    }

    public void setMinutes(String minutes) {
        afterwardsLoaded = true;
        this.minutes = minutes;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }

    public String cancelMeeting() {
        int[] told = new int[1];
        if (!Refusals.attempt("cancelMeetingForm", "meeting.editConflict", () -> told[0] = meetings.cancel(id))) {
            return null;
        }
        MeetingsTexts.flashInfo("meeting.cancelled", told[0]);
        return self();
    }

    /** Whether the meeting has ended: it can no longer be called off. */
    public boolean isOver() {
        return getCurrent() != null && !getCurrent().endsAt().isAfter(java.time.Instant.now());
    }

    private String self() {
        return "/meetings/meeting?faces-redirect=true&id=" + id;
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = meetings.districts();
        }
        return districts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public String getWalkInName() {
        return walkInName;
    }

    public void setWalkInName(String walkInName) {
        this.walkInName = walkInName;
    }
}
