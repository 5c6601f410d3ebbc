package se.stjarnbild.meetings.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.meetings.Receipt;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.meetings.scheduling.Waitlist;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.meetings.Registration;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * One registration in its own transaction, called by {@link JpaRegistrations} in the meeting's
 * turn: it takes the meeting's row lock, so concurrent registrations and cancellations are decided
 * one at a time and the capacity holds.
 */
@Stateless
public class RegistrationWriter {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private WaitlistKeeper waitlist;

    @Inject
    private MeetingMail mail;

    /**
     * The fields come checked and cleaned ({@link CleanRegistration}): under the meeting's lock,
     * registrations are decided one at a time, so the work there is kept to a few indexed queries
     * and the inserts.
     */
    public Receipt register(long meetingId, CleanRegistration input) {
        boolean byStaff = input.byStaff();
        List<Problem> problems = new ArrayList<>(input.problems());
        String email = input.email();
        District district = input.districtId() == null ? null : em.find(District.class, input.districtId());
        String token = Tokens.newToken();
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || (!byStaff && meeting.getKind() != MeetingKind.OPEN_MEETING)) {
            throw RefusedException.of("", "registration.meeting.unknown");
        }
        if (meeting.isCancelled()) {
            throw RefusedException.of("", "registration.meeting.cancelled");
        }
        if (!meeting.getEndsAt().isAfter(Instant.now())) {
            throw RefusedException.of("", "registration.meeting.past");
        }
        if (!email.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("email"))
                && em.createQuery("select count(r) from Registration r where r.meeting = :meeting and r.email = :email "
                        + "and r.status <> :cancelled", Long.class).setParameter("meeting", meeting)
                        .setParameter("email", email).setParameter("cancelled", RegistrationStatus.CANCELLED)
                        .getSingleResult() > 0) {
            problems.add(Problem.of("email", byStaff ? "registration.email.duplicateStaff" : "registration.email.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        WaitlistKeeper.Counts seats = waitlist.counts(meeting);
        RegistrationStatus status = Waitlist.statusForNew(meeting.seats(), seats.confirmed(), seats.waiting());
        Registration registration = new Registration(meeting, input.name(), token, newCode(em, meeting), status);
        registration.setEmail(email.isEmpty() ? null : email);
        registration.setPhone(input.phone());
        registration.setDistrict(district);
        registration.setNeeds(input.needs());
        registration.setConsentGiven(input.consent());
        registration.setLanguage(input.language());
        registration.setByStaff(byStaff);
        em.persist(registration);
        em.flush();
        if (status == RegistrationStatus.CONFIRMED) {
            mail.confirmed(registration);
        } else {
            mail.waitlisted(registration);
        }
        return new Receipt(registration.getId(), registration.getToken(), registration.getCode(), status,
                status == RegistrationStatus.WAITLISTED ? (int) seats.waiting() + 1 : 0);
    }

    /** A door code not yet used at the meeting, asked of the database's unique index one code at a time. */
    static String newCode(EntityManager em, Meeting meeting) {
        return Tokens.newCode(code -> em.createQuery("select count(r) from Registration r where r.meeting = :meeting "
                + "and r.code = :code", Long.class).setParameter("meeting", meeting).setParameter("code", code)
                .getSingleResult() > 0);
    }

}
