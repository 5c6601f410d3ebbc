package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.PublicMeeting;
import se.stjarnbild.meetings.Receipt;
import se.stjarnbild.meetings.Registrations;

/**
 * Backs public/register.xhtml ({@code ?meeting=id}): anyone registers to an open meeting without
 * an account; the answer says whether they have a seat or their place on the waitlist, their door
 * code, and their personal link to cancel.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Registrations registrations;

    /** How long after the meeting the details are kept, as the consent says. */
    public int getRetentionDays() {
        return se.stjarnbild.meetings.internal.RegistrationRetention.retentionDays();
    }

    @Inject
    private Meetings meetings;

    @Inject
    private RegistrationThrottle throttle;

    private Long meetingId;
    private PublicMeeting meeting;
    private boolean loaded;
    private final RegistrationForm form = new RegistrationForm();
    private Receipt receipt;
    private List<Choice> districts;

    public Optional<PublicMeeting> getMeeting() {
        if (!loaded && meetingId != null) {
            meeting = registrations.publicMeeting(meetingId).orElse(null);
            loaded = true;
        }
        return Optional.ofNullable(meeting);
    }

    public PublicMeeting getCurrent() {
        return getMeeting().orElse(null);
    }

    public String getWhen() {
        return getMeeting().map(m -> MeetingsTexts.when(m.startsAt(), m.endsAt())).orElse("");
    }

    public void register() {
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext();
        if (receipt != null) {
            return; // a second click on the same form: the receipt already shows the registration
        }
        String client = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getRemoteAddr();
        if (!throttle.allow(client, java.time.Instant.now())) {
            Refusals.error("registration.throttled");
            return;
        }
        if (!Refusals.attempt("registerForm", "meeting.editConflict", () -> receipt = registrations.register(meetingId,
                form.input(form.isConsent())))) {
            throttle.release(client); // only registrations that went in count
        }
    }

    /** The personal link, as it is also sent by e-mail. */
    public String getPersonalLink() {
        return receipt == null ? null : "/public/registration.xhtml?token=" + receipt.token();
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = meetings.districts();
        }
        return districts;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

}
