package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.LiveResult;
import se.stjarnbild.dialogue.LiveState;
import se.stjarnbild.dialogue.MeetingParticipation;
import se.stjarnbild.dialogue.PhoneState;
import se.stjarnbild.dialogue.ReactionOutcome;
import se.stjarnbild.dialogue.Slide;
import se.stjarnbild.dialogue.Tally;
import se.stjarnbild.model.dialogue.Contribution;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.dialogue.StarStatus;
import se.stjarnbild.model.live.LiveReaction;
import se.stjarnbild.model.live.LiveSession;
import se.stjarnbild.model.meetings.Meeting;

@Stateless
public class JpaLiveReactions implements LiveReactions {

    private static final int QUOTES_PER_SLIDE = 3;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<LiveChange> changes;

    @Override
    public List<Slide> slides() {
        List<Slide> slides = new ArrayList<>();
        for (SlideOrder.Entry entry : order()) {
            Star star = em.find(Star.class, entry.id());
            long evidence = em.createQuery("select count(e) from Star s join s.evidence e where s.id = :star", Long.class)
                    .setParameter("star", entry.id()).getSingleResult();
            List<Slide.SlideQuote> quotes = em.createQuery("select q.text, d.name, q.source, count(t) as n, q.createdAt as c, q.id"
                    + " from Star s join s.evidence q left join q.district d left join q.themes t where s.id = :star"
                    + " group by q.id, q.text, d.name, q.source, q.createdAt order by n desc, c desc, q.id desc", Object[].class)
                    .setParameter("star", entry.id()).setMaxResults(QUOTES_PER_SLIDE).getResultStream()
                    .map(r -> new Slide.SlideQuote((String) r[0], (String) r[1], String.valueOf(r[2]))).toList();
            List<Tally> byDistrict = em.createQuery("select d.name, count(e) from Star s join s.evidence e join e.district d"
                    + " where s.id = :star group by d.name", Object[].class).setParameter("star", entry.id()).getResultStream()
                    .map(r -> new Tally((String) r[0], (Long) r[1]))
                    .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key)).toList();
            slides.add(new Slide(star.getId(), star.getTitle(), star.getDescription(), star.getStatus(), evidence, quotes, byDistrict));
        }
        return slides;
    }

    @Override
    public Optional<String> meetingTitle(long meetingId) {
        return Optional.ofNullable(em.find(Meeting.class, meetingId)).filter(m -> !m.isCancelled()).map(Meeting::getTitle);
    }

    @Override
    public Optional<LiveState> state(long meetingId) {
        return session(meetingId).map(s -> state(s, order()));
    }

    @Override
    public LiveState start(long meetingId) {
        Optional<LiveSession> existing = session(meetingId);
        if (existing.isPresent()) {
            return state(existing.get(), order());
        }
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw refused("live.meeting.unknown");
        }
        if (meeting.isCancelled()) {
            throw refused("live.meeting.cancelled");
        }
        if (meeting.getKind() == se.stjarnbild.model.meetings.MeetingKind.BOARD_MEETING) {
            // The board decides from the document; phones answer at open meetings and group sessions.
            throw refused("live.meeting.board");
        }
        String code = DeviceTokens.newCode();
        while (byCode(code).isPresent()) {
            code = DeviceTokens.newCode();
        }
        LiveSession session = new LiveSession(meeting, code, DeviceTokens.newSecret(), Instant.now());
        List<SlideOrder.Entry> order = order();
        if (!order.isEmpty()) {
            session.show(em.getReference(Star.class, order.get(0).id()));
        }
        em.persist(session);
        em.flush();
        return state(session, order);
    }

    @Override
    public LiveState step(long meetingId, int delta) {
        LiveSession session = locked(meetingId);
        List<SlideOrder.Entry> order = order();
        if (!order.isEmpty()) {
            int at = Math.max(0, SlideOrder.indexOf(order, currentStarId(session)));
            int to = Math.max(0, Math.min(order.size() - 1, at + delta));
            session.show(em.getReference(Star.class, order.get(to).id()));
        } else {
            session.show(null);
        }
        changes.fire(new LiveChange(session.getCode()));
        return state(session, order);
    }

    @Override
    public LiveState setOpen(long meetingId, boolean open) {
        LiveSession session = locked(meetingId);
        if (open) {
            session.reopen();
        } else if (!session.isClosed()) {
            session.close(Instant.now());
        }
        changes.fire(new LiveChange(session.getCode()));
        return state(session, order());
    }

    @Override
    public boolean answered(String code, String device, long starId) {
        return byCode(code).flatMap(s -> DeviceTokens.verify(s.getSecret(), device).map(id -> answered(s, id, starId)))
                .orElse(false);
    }

    private boolean answered(LiveSession session, String deviceId, long starId) {
        return em.createQuery("select count(r) from LiveReaction r where r.session = :session and r.star.id = :star"
                + " and r.device = :device", Long.class).setParameter("session", session).setParameter("star", starId)
                .setParameter("device", deviceId).getSingleResult() > 0;
    }

    @Override
    public Optional<PhoneState> joined(String code) {
        return byCode(code).map(s -> {
            Star star = s.getCurrentStar();
            return new PhoneState(s.getCode(), s.getMeeting().getTitle(), s.isClosed(),
                    star == null ? null : star.getId(), star == null ? null : star.getTitle(),
                    star == null ? null : star.getDescription());
        });
    }

    @Override
    public Optional<String> newDevice(String code) {
        return byCode(code).map(s -> DeviceTokens.issue(s.getSecret()));
    }

    @Override
    public boolean validDevice(String code, String device) {
        return byCode(code).flatMap(s -> DeviceTokens.verify(s.getSecret(), device)).isPresent();
    }

    @Override
    public ReactionOutcome react(String code, String device, long starId, int score, String sentence) {
        Optional<LiveSession> found = byCode(code);
        if (found.isEmpty()) {
            return ReactionOutcome.UNKNOWN_SESSION;
        }
        LiveSession session = found.get();
        Optional<String> deviceId = DeviceTokens.verify(session.getSecret(), device);
        if (deviceId.isEmpty()) {
            return ReactionOutcome.BAD_DEVICE;
        }
        if (session.isClosed() || session.getMeeting().isCancelled()) {
            return ReactionOutcome.CLOSED;
        }
        Long onScreen = currentStarId(session);
        if (onScreen == null || onScreen != starId) {
            return ReactionOutcome.NOT_ON_SCREEN;
        }
        if (score < LiveReaction.LOWEST || score > LiveReaction.HIGHEST) {
            return ReactionOutcome.BAD_SCORE;
        }
        String words = QuoteText.clean(sentence);
        if (words.length() > SENTENCE_MAX) {
            return ReactionOutcome.SENTENCE_TOO_LONG;
        }
        if (answered(session, deviceId.get(), starId)) {
            return ReactionOutcome.ALREADY_ANSWERED;
        }
        Star star = session.getCurrentStar();
        em.persist(new LiveReaction(session, star, deviceId.get(), score, Instant.now()));
        if (!words.isEmpty()) {
            Contribution contribution = new Contribution(words);
            Meeting meeting = session.getMeeting();
            contribution.setMeeting(meeting);
            contribution.setStar(star);
            contribution.setDistrict(meeting.getVenue() == null ? null : meeting.getVenue().getDistrict());
            em.persist(contribution);
        }
        em.flush();
        changes.fire(new LiveChange(session.getCode()));
        return ReactionOutcome.COUNTED;
    }

    @Override
    public Optional<LiveResult> result(String code) {
        return byCode(code).map(session -> {
            Long starId = currentStarId(session);
            List<Long> counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L));
            long sentences = 0;
            if (starId != null) {
                em.createQuery("select r.score, count(r) from LiveReaction r where r.session = :session and r.star.id = :star"
                        + " group by r.score", Object[].class).setParameter("session", session).setParameter("star", starId)
                        .getResultStream().forEach(r -> counts.set(((Number) r[0]).intValue() - 1, (Long) r[1]));
                sentences = em.createQuery("select count(c) from Contribution c where c.meeting = :meeting and c.star.id = :star",
                        Long.class).setParameter("meeting", session.getMeeting()).setParameter("star", starId).getSingleResult();
            }
            return new LiveResult(session.getCode(), starId, session.isClosed(), List.copyOf(counts), sentences);
        });
    }

    @Override
    public List<MeetingParticipation> perMeeting() {
        Map<Long, long[]> by = new HashMap<>();
        em.createQuery("select s.meeting.id, count(r), count(distinct r.device) from LiveReaction r join r.session s"
                + " group by s.meeting.id", Object[].class).getResultStream()
                .forEach(r -> {
                    long[] n = by.computeIfAbsent((Long) r[0], k -> new long[4]);
                    n[0] = (Long) r[1];
                    n[1] = (Long) r[2];
                });
        em.createQuery("select c.meeting.id, count(c) from Contribution c where c.meeting is not null group by c.meeting.id",
                Object[].class).getResultStream().forEach(r -> by.computeIfAbsent((Long) r[0], k -> new long[4])[2] = (Long) r[1]);
        em.createQuery("select q.meeting.id, count(q) from Quote q where q.meeting is not null group by q.meeting.id",
                Object[].class).getResultStream().forEach(r -> by.computeIfAbsent((Long) r[0], k -> new long[4])[3] = (Long) r[1]);
        return new TreeSet<>(by.keySet()).stream()
                .map(id -> new MeetingParticipation(id, by.get(id)[0], by.get(id)[1], by.get(id)[2], by.get(id)[3])).toList();
    }

    private LiveState state(LiveSession session, List<SlideOrder.Entry> order) {
        Long starId = currentStarId(session);
        int index = SlideOrder.indexOf(order, starId);
        return new LiveState(session.getMeeting().getId(), session.getMeeting().getTitle(), session.getCode(),
                session.isClosed(), index < 0 ? null : starId, index + 1, order.size());
    }

    private List<SlideOrder.Entry> order() {
        return SlideOrder.sort(em.createQuery("select s.id, s.status, s.title from Star s", Object[].class).getResultStream()
                .map(r -> new SlideOrder.Entry((Long) r[0], (StarStatus) r[1], (String) r[2])).toList());
    }

    private Optional<LiveSession> session(long meetingId) {
        return em.createQuery("select s from LiveSession s where s.meeting.id = :meeting", LiveSession.class)
                .setParameter("meeting", meetingId).getResultStream().findFirst();
    }

    private LiveSession locked(long meetingId) {
        LiveSession session = session(meetingId).orElseThrow(() -> refused("live.notStarted"));
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    private Optional<LiveSession> byCode(String code) {
        String normalized = DeviceTokens.normalizeCode(code);
        if (normalized.isEmpty() || normalized.length() > 12) {
            return Optional.empty();
        }
        return em.createQuery("select s from LiveSession s where s.code = :code", LiveSession.class)
                .setParameter("code", normalized).getResultStream().findFirst();
    }

    private static Long currentStarId(LiveSession session) {
        Star star = session.getCurrentStar();
        return star == null || star.getStatus() == StarStatus.DROPPED ? null : star.getId();
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(List.of(new FieldProblem(null, key)));
    }
}
