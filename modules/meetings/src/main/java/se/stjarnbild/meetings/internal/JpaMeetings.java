package se.stjarnbild.meetings.internal;

import se.stjarnbild.model.audit.AuditWriter;
import se.stjarnbild.meetings.PlainText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.MeetingDetails;
import se.stjarnbild.meetings.MeetingFilter;
import se.stjarnbild.meetings.MeetingInput;
import se.stjarnbild.meetings.MeetingRow;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Conflict;
import se.stjarnbild.meetings.scheduling.ConflictDetector;
import se.stjarnbild.meetings.scheduling.MeetingTime;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.meetings.scheduling.ProposedMeeting;
import se.stjarnbild.meetings.scheduling.ScheduledMeeting;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.SwedishOrder;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingStatus;
import se.stjarnbild.model.meetings.Registration;
import se.stjarnbild.model.meetings.RegistrationStatus;
import se.stjarnbild.model.meetings.Venue;
import se.stjarnbild.model.users.AppUser;
import se.stjarnbild.model.users.Role;

/** Meetings on JPA: the pure rules (times, conflicts, waitlist) applied to what is stored. */
@Stateless
public class JpaMeetings implements Meetings {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Inject
    private WaitlistKeeper waitlist;

    @Inject
    private MeetingMail mail;

    @Override
    public List<MeetingRow> list(MeetingFilter filter) {
        Instant now = Instant.now();
        StringBuilder jpql = new StringBuilder("select m from Meeting m left join fetch m.venue where 1 = 1");
        if (filter.period() == MeetingFilter.Period.UPCOMING) {
            jpql.append(" and m.endsAt >= :now");
        } else if (filter.period() == MeetingFilter.Period.PAST) {
            jpql.append(" and m.endsAt < :now");
        }
        if (filter.kind() != null) {
            jpql.append(" and m.kind = :kind");
        }
        if (!filter.includeCancelled()) {
            jpql.append(" and m.status = :scheduled");
        }
        jpql.append(filter.period() == MeetingFilter.Period.PAST ? " order by m.startsAt desc" : " order by m.startsAt");
        var query = em.createQuery(jpql.toString(), Meeting.class);
        if (filter.period() != MeetingFilter.Period.ALL) {
            query.setParameter("now", now);
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (!filter.includeCancelled()) {
            query.setParameter("scheduled", MeetingStatus.SCHEDULED);
        }
        List<Meeting> meetings = query.getResultList();
        Map<String, Long> counts = registrationCounts(meetings.stream().map(BaseEntity::getId).toList());
        return meetings.stream().map(m -> new MeetingRow(m.getId(), m.getKind(), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getVenue() == null ? null : m.getVenue().getName(), m.getStatus(), m.seats(),
                counts.getOrDefault(m.getId() + "/CONFIRMED", 0L), counts.getOrDefault(m.getId() + "/WAITLISTED", 0L)))
                .toList();
    }

    /** Registrations per meeting and status, keyed "id/STATUS". */
    private Map<String, Long> registrationCounts(List<Long> meetingIds) {
        Map<String, Long> counts = new HashMap<>();
        if (!meetingIds.isEmpty()) {
            // walk-ins came without a seat: they are counted at the door, not against the seats (as the waitlist counts)
            em.createQuery("select r.meeting.id, r.status, count(r) from Registration r where r.meeting.id in :ids "
                    + "and r.walkIn = false group by r.meeting.id, r.status", Object[].class).setParameter("ids", meetingIds).getResultList()
                    .forEach(r -> counts.put(r[0] + "/" + r[1], (Long) r[2]));
        }
        return counts;
    }

    @Override
    public Optional<MeetingDetails> find(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            return Optional.empty();
        }
        MeetingTime.FormTime form = MeetingTime.toForm(m.getStartsAt(), m.getEndsAt());
        MeetingInput input = new MeetingInput(m.getKind(), m.getTitle(), m.getDescription(), form.day(), form.start(),
                form.end(), m.getVenue() == null ? null : m.getVenue().getId(), m.getOnlineLink(), m.getCapacity(),
                ids(m.getOrganisers()), ids(m.getReferenceGroups()), List.copyOf(m.getAgenda()), m.getServiceNotes(),
                m.getReminderHours(), m.getOverrideReason());
        Map<String, Long> counts = registrationCounts(List.of(id));
        return Optional.of(new MeetingDetails(id, m.getVersion(), input, m.getStartsAt(), m.getEndsAt(),
                m.getVenue() == null ? null : m.getVenue().getName(), m.getVenue() == null ? null : m.getVenue().getAddress(),
                m.getStatus(), m.seats(), counts.getOrDefault(id + "/CONFIRMED", 0L),
                counts.getOrDefault(id + "/WAITLISTED", 0L), m.getOverrideReason()));
    }

    private static Set<Long> ids(Set<? extends BaseEntity> entities) {
        return entities.stream().map(BaseEntity::getId).collect(Collectors.toSet());
    }

    @Override
    public List<Conflict> conflicts(Long id, MeetingInput input) {
        MeetingTime.Result time = MeetingTime.resolve(input.date(), input.start(), input.end());
        if (!time.isValid()) {
            return List.of();
        }
        ProposedMeeting proposed = new ProposedMeeting(id, time.start(), time.end(), input.venueId(),
                input.organiserIds() == null ? Set.of() : input.organiserIds(),
                input.groupIds() == null ? Set.of() : input.groupIds());
        List<ScheduledMeeting> around = em.createQuery("select m from Meeting m where m.startsAt < :end and m.endsAt > :start "
                + "and m.status = :scheduled", Meeting.class).setParameter("start", time.start())
                .setParameter("end", time.end()).setParameter("scheduled", MeetingStatus.SCHEDULED).getResultStream()
                .map(m -> new ScheduledMeeting(m.getId(), m.getTitle(), m.getStartsAt(), m.getEndsAt(),
                        m.getVenue() == null ? null : m.getVenue().getId(), ids(m.getOrganisers()),
                        ids(m.getReferenceGroups()), m.isCancelled()))
                .toList();
        return new ConflictDetector(membersByGroup(proposed, around)).conflicts(proposed, around);
    }

    /** Today's members of the groups involved, so a person in two groups is not booked twice at once. */
    private Map<Long, Set<Long>> membersByGroup(ProposedMeeting proposed, List<ScheduledMeeting> around) {
        Set<Long> groups = new java.util.HashSet<>(proposed.groupIds());
        around.forEach(m -> groups.addAll(m.groupIds()));
        if (groups.isEmpty()) {
            return Map.of();
        }
        java.time.LocalDate today = java.time.LocalDate.now(MeetingTime.ZONE);
        Map<Long, Set<Long>> members = new java.util.HashMap<>();
        em.createQuery("select g.id, m.id from GroupMember m join m.groups g where g.id in :groups and m.erasedAt is null "
                + "and m.joinedOn <= :today and (m.leftOn is null or m.leftOn > :today)", Object[].class)
                .setParameter("groups", groups).setParameter("today", today).getResultStream()
                .forEach(r -> members.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]));
        return members;
    }

    @Override
    public long save(Long id, long version, MeetingInput input) {
        Meeting meeting = null;
        if (id != null) {
            meeting = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (meeting == null) {
                throw RefusedException.of("", "meeting.notFound");
            }
            if (meeting.getVersion() != version) {
                throw new OptimisticLockException("meeting " + id + " changed");
            }
            if (meeting.isCancelled()) {
                // Its registrants were told it is off; a "new time" e-mail would tell them otherwise.
                throw RefusedException.of("", "meeting.edit.cancelled");
            }
        }
        MeetingTime.Result time = MeetingTime.resolve(input.date(), input.start(), input.end());
        List<Problem> problems = new ArrayList<>(MeetingRules.check(input, time));
        Venue venue = input.venueId() == null ? null : em.find(Venue.class, input.venueId());
        if (input.venueId() != null && venue == null) {
            problems.add(Problem.of("venue", "meeting.venue.unknown"));
        }
        Set<AppUser> organisers = found(AppUser.class, input.organiserIds(), "organisers", problems);
        if (organisers.stream().anyMatch(u -> !u.getRoles().contains(Role.ORGANISER))) {
            problems.add(Problem.of("organisers", "meeting.organisers.notOrganiser"));
        }
        Set<ReferenceGroup> groups = found(ReferenceGroup.class, input.groupIds(), "groups", problems);
        Integer newSeats = input.capacity() != null ? input.capacity() : venue == null ? null : venue.getCapacity();
        if (meeting != null && problems.stream().noneMatch(p -> p.field().equals("capacity"))) {
            problems.addAll(waitlist.of(meeting).checkCapacity(newSeats));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        List<Conflict> conflicts = conflicts(id, input);
        String reason = PlainText.clean(input.overrideReason());
        if (!conflicts.isEmpty() && reason.isEmpty()) {
            throw RefusedException.of("overrideReason", "meeting.conflicts.reasonRequired",
                    conflicts.stream().map(Conflict::otherMeetingId).distinct().count());
        }
        boolean isNew = meeting == null;
        boolean moved = false;
        if (isNew) {
            meeting = new Meeting(input.kind(), PlainText.clean(input.title()), time.start(), time.end());
            em.persist(meeting);
        } else if (!time.start().equals(meeting.getStartsAt()) || !time.end().equals(meeting.getEndsAt())
                || !Objects.equals(venue, meeting.getVenue())
                || !Objects.equals(blankToNull(input.onlineLink() == null ? null : input.onlineLink().trim()), meeting.getOnlineLink())) {
            meeting.changed();
            moved = true;
        }
        meeting.setKind(input.kind());
        meeting.setTitle(PlainText.clean(input.title()));
        meeting.setDescription(blankToNull(PlainText.clean(input.description())));
        meeting.reschedule(time.start(), time.end());
        meeting.setVenue(venue);
        meeting.setOnlineLink(blankToNull(input.onlineLink() == null ? null : input.onlineLink().trim()));
        meeting.setCapacity(input.capacity());
        meeting.setServiceNotes(blankToNull(PlainText.clean(input.serviceNotes())));
        meeting.setReminderHours(input.reminderHours() == null ? 24 : input.reminderHours());
        meeting.setOverrideReason(conflicts.isEmpty() ? null : reason);
        List<Long> organisersBefore = meeting.getOrganisers().stream().map(AppUser::getId).toList();
        List<Long> groupsBefore = meeting.getReferenceGroups().stream().map(ReferenceGroup::getId).toList();
        meeting.getOrganisers().clear();
        meeting.getOrganisers().addAll(organisers);
        meeting.getReferenceGroups().clear();
        meeting.getReferenceGroups().addAll(groups);
        meeting.getAgenda().clear();
        meeting.getAgenda().addAll(MeetingRules.agenda(input));
        em.flush();
        audit.linkSets("Meeting", meeting.getId(), "organisers", organisersBefore,
                meeting.getOrganisers().stream().map(AppUser::getId).toList());
        audit.linkSets("Meeting", meeting.getId(), "referenceGroups", groupsBefore,
                meeting.getReferenceGroups().stream().map(ReferenceGroup::getId).toList());
        if (moved) {
            meeting.remindAgain();
            told(meeting).forEach(r -> {
                if (r.getStatus() == RegistrationStatus.WAITLISTED) {
                    mail.meetingChangedWaitlisted(r); // still waiting: no seat, no door code, no calendar entry
                } else {
                    mail.meetingChanged(r);
                }
            });
        }
        if (!isNew) {
            waitlist.promoteInto(meeting);
        }
        return meeting.getId();
    }

    private <T extends BaseEntity> Set<T> found(Class<T> type, Set<Long> ids, String field, List<Problem> problems) {
        Set<T> found = new HashSet<>();
        for (Long entityId : ids == null ? Set.<Long>of() : ids) {
            T entity = em.find(type, entityId);
            if (entity == null) {
                problems.add(Problem.of(field, "meeting.choice.unknown"));
                return Set.of();
            }
            found.add(entity);
        }
        return found;
    }

    @Override
    public int cancel(long id) {
        Meeting meeting = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null || meeting.isCancelled()) {
            return 0;
        }
        if (!meeting.getEndsAt().isAfter(Instant.now())) {
            // a meeting that has taken place is not called off: its registrants would be told it was cancelled
            throw RefusedException.of("", "meeting.cancel.past");
        }
        meeting.cancel();
        List<Registration> told = told(meeting);
        told.forEach(r -> mail.meetingCancelled(r));
        return (int) told.stream().filter(r -> r.getEmail() != null).count();
    }

    /** Everyone still registered (seated or waiting): those to tell when the meeting changes. */
    private List<Registration> told(Meeting meeting) {
        return em.createQuery("select r from Registration r where r.meeting = :meeting and r.status <> :cancelled",
                Registration.class).setParameter("meeting", meeting)
                .setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList();
    }

    @Inject
    private jakarta.enterprise.event.Event<se.stjarnbild.model.events.ContributionHeard> heard;

    static final int MAX_MINUTES = 8_000;
    static final int MAX_CONTRIBUTION = 4_000;

    @Override
    public void recordAfterwards(long id, Integer attendance, String minutes) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw RefusedException.of("", "meeting.notFound");
        }
        List<Problem> problems = new ArrayList<>();
        if (attendance != null && (attendance < 0 || attendance > MeetingRules.MAX_CAPACITY)) {
            problems.add(Problem.of("attendance", "meeting.attendance.invalid"));
        }
        String text = PlainText.cleanKeepingLines(minutes);
        if (text.length() > MAX_MINUTES) {
            problems.add(Problem.of("minutes", "meeting.minutes.tooLong", MAX_MINUTES));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        meeting.setAttendance(attendance);
        meeting.setMinutes(text.isEmpty() ? null : text);
    }

    @Override
    public void addContribution(long id, String text) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw RefusedException.of("", "meeting.notFound");
        }
        String clean = PlainText.clean(text);
        if (clean.isEmpty()) {
            throw RefusedException.of("contribution", "meeting.contribution.required");
        }
        if (clean.length() > MAX_CONTRIBUTION) {
            throw RefusedException.of("contribution", "meeting.contribution.tooLong", MAX_CONTRIBUTION);
        }
        Long district = meeting.getVenue() == null || meeting.getVenue().getDistrict() == null ? null
                : meeting.getVenue().getDistrict().getId();
        heard.fire(new se.stjarnbild.model.events.ContributionHeard(id, clean, district));
    }

    @Override
    public List<String> contributions(long id) {
        return em.createQuery("select q.text from Quote q where q.meeting.id = :id order by q.createdAt, q.id", String.class)
                .setParameter("id", id).getResultList();
    }

    @Override
    public Afterwards afterwards(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        return meeting == null ? new Afterwards(null, null) : new Afterwards(meeting.getAttendance(), meeting.getMinutes());
    }

    @Override
    public List<Choice> venues() {
        return em.createQuery("select v.id, v.name from Venue v", Object[].class).getResultStream()
                .map(r -> new Choice((Long) r[0], (String) r[1])).sorted(SwedishOrder.by(Choice::name)).toList();
    }

    @Override
    public List<Choice> organisers() {
        return em.createQuery("select u from AppUser u where u.enabled = true order by u.displayName", AppUser.class)
                .getResultStream().filter(u -> u.getRoles().contains(Role.ORGANISER))
                .map(u -> new Choice(u.getId(), u.getDisplayName())).sorted(SwedishOrder.by(Choice::name)).toList();
    }

    @Override
    public List<Choice> referenceGroups() {
        return em.createQuery("select g.id, g.name from ReferenceGroup g", Object[].class).getResultStream()
                .map(r -> new Choice((Long) r[0], (String) r[1])).sorted(SwedishOrder.by(Choice::name)).toList();
    }

    @Override
    public List<Choice> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultStream()
                .map(d -> new Choice(d.getId(), d.getName())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
