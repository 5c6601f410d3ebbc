package se.stjarnbild.meetings.internal;

import se.stjarnbild.meetings.PlainText;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stjarnbild.meetings.PublicMeeting;
import se.stjarnbild.meetings.Receipt;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.RegistrationInput;
import se.stjarnbild.meetings.RegistrationRow;
import se.stjarnbild.meetings.RegistrationView;
import se.stjarnbild.meetings.Registrations;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.meetings.MeetingStatus;
import se.stjarnbild.model.meetings.Registration;
import se.stjarnbild.model.meetings.RegistrationStatus;

/**
 * Registrations on JPA. Every change to who has a seat takes the meeting's row lock first, so
 * concurrent registrations and cancellations are decided one at a time: the capacity holds and
 * no seat stays free while someone waits.
 */
@Stateless
public class JpaRegistrations implements Registrations {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private WaitlistKeeper waitlist;

    @Inject
    private MeetingMail mail;

    @Inject
    private RegistrationTurns turns;

    @Inject
    private RegistrationWriter writer;

    /** Outside a transaction: the turn is taken first, then the writer's own transaction commits within it. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt register(long meetingId, RegistrationInput input) {
        CleanRegistration clean = CleanRegistration.of(input, false);
        return turns.inTurn(meetingId, () -> writer.register(meetingId, clean));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt registerByStaff(long meetingId, RegistrationInput input) {
        CleanRegistration clean = CleanRegistration.of(input, true);
        return turns.inTurn(meetingId, () -> writer.register(meetingId, clean));
    }

    @Override
    public Optional<RegistrationView> byToken(String token) {
        return byTokenEntity(token).map(r -> new RegistrationView(publicView(r.getMeeting()), r.getName(), r.getCode(),
                r.getStatus(), position(r)));
    }

    private Optional<Registration> byTokenEntity(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.token = :token", Registration.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** Place on the waitlist, counting from 1; 0 when not waiting. */
    private int position(Registration r) {
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        return em.createQuery("select count(o) from Registration o where o.meeting = :meeting and o.status = :waiting "
                + "and (o.createdAt < :created or (o.createdAt = :created and o.id < :id))", Long.class)
                .setParameter("meeting", r.getMeeting()).setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("created", r.getCreatedAt()).setParameter("id", r.getId()).getSingleResult().intValue() + 1;
    }

    @Override
    public void cancel(String token) {
        Registration registration = byTokenEntity(token)
                .orElseThrow(() -> RefusedException.of("", "registration.token.unknown"));
        if (!registration.getMeeting().getEndsAt().isAfter(Instant.now())) {
            throw RefusedException.of("", "registration.meeting.past");
        }
        cancel(registration.getId(), true);
    }

    @Override
    public void cancelByStaff(long registrationId) {
        cancel(registrationId, false);
    }

    private void cancel(long registrationId, boolean tellThePerson) {
        Registration found = em.find(Registration.class, registrationId);
        if (found == null) {
            throw RefusedException.of("", "registration.token.unknown");
        }
        Meeting meeting = em.find(Meeting.class, found.getMeeting().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found);
        if (found.getStatus() == RegistrationStatus.CANCELLED) {
            return;
        }
        found.cancel(Instant.now());
        em.flush();
        if (tellThePerson) {
            mail.cancelled(found);
        }
        waitlist.promoteInto(meeting);
    }

    @Override
    public List<RegistrationRow> of(long meetingId) {
        return em.createQuery("select r from Registration r left join fetch r.district where r.meeting.id = :meeting",
                Registration.class).setParameter("meeting", meetingId).getResultStream()
                .sorted(Comparator.comparing((Registration r) -> r.getStatus().ordinal())
                        .thenComparing(Registration::getCreatedAt).thenComparing(Registration::getId))
                .map(r -> new RegistrationRow(r.getId(), r.getName(), r.getEmail(), r.getPhone(),
                        r.getDistrict() == null ? null : r.getDistrict().getName(), r.getNeeds(), r.getStatus(), r.getCode(),
                        r.isArrived(), r.isWalkIn(), r.isByStaff(), r.getCreatedAt()))
                .toList();
    }

    @Override
    public void setArrived(long registrationId, boolean arrived) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration != null) {
            registration.setArrived(arrived);
        }
    }

    @Override
    public long walkIn(long meetingId, String name) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        String clean = PlainText.clean(name);
        if (meeting == null) {
            throw RefusedException.of("", "registration.meeting.unknown");
        }
        if (clean.isEmpty()) {
            throw RefusedException.of("walkInName", "registration.name.requiredStaff");
        }
        if (clean.length() > RegistrationRules.MAX_NAME) {
            throw RefusedException.of("walkInName", "registration.name.tooLong", RegistrationRules.MAX_NAME);
        }
        Registration registration = new Registration(meeting, clean, Tokens.newToken(), RegistrationWriter.newCode(em, meeting),
                RegistrationStatus.CONFIRMED);
        registration.setWalkIn(true);
        registration.setArrived(true);
        registration.setByStaff(true);
        em.persist(registration);
        em.flush();
        return registration.getId();
    }

    @Override
    public List<PublicMeeting> upcomingOpen() {
        List<Meeting> open = em.createQuery("select m from Meeting m left join fetch m.venue where m.kind = :open "
                + "and m.endsAt >= :now order by m.startsAt", Meeting.class).setParameter("open", MeetingKind.OPEN_MEETING)
                .setParameter("now", Instant.now()).getResultList();
        Map<Long, Long> seated = waitlist.confirmedByMeeting(open);
        return open.stream().map(m -> publicView(m, seated.getOrDefault(m.getId(), 0L))).toList();
    }

    @Override
    public Optional<PublicMeeting> publicMeeting(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        return meeting == null || meeting.getKind() != MeetingKind.OPEN_MEETING ? Optional.empty()
                : Optional.of(publicView(meeting));
    }

    private PublicMeeting publicView(Meeting m) {
        return publicView(m, m.seats() == null ? 0 : waitlist.counts(m).confirmed());
    }

    private PublicMeeting publicView(Meeting m, long confirmed) {
        Integer seats = m.seats();
        Integer left = seats == null ? null : (int) Math.max(0, seats - confirmed);
        String accessibility = m.getVenue() == null ? null : accessibility(m);
        return new PublicMeeting(m.getId(), m.getTitle(), m.getDescription(), m.getStartsAt(), m.getEndsAt(),
                m.getVenue() == null ? null : m.getVenue().getName(), m.getVenue() == null ? null : m.getVenue().getAddress(),
                accessibility, m.getOnlineLink(), m.getServiceNotes(), left, m.getStatus() == MeetingStatus.CANCELLED,
                !m.getEndsAt().isAfter(Instant.now()));
    }

    private static String accessibility(Meeting m) {
        List<String> parts = new ArrayList<>();
        if (m.getVenue().isStepFree()) {
            parts.add("step-free");
        }
        if (m.getVenue().isHearingLoop()) {
            parts.add("hearing-loop");
        }
        return String.join(",", parts);
    }
}
