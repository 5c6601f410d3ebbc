package se.stjarnbild.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.dialogue.ContributionCounts;
import se.stjarnbild.dialogue.Contributions;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.MeetingParticipation;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.meetings.MeetingStatus;
import se.stjarnbild.model.meetings.RegistrationStatus;
import se.stjarnbild.model.reporting.DecisionDocument;
import se.stjarnbild.model.groups.ReferenceGroupKind;
import se.stjarnbild.referencegroups.Coverage;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.StarResults;
import se.stjarnbild.reporting.document.Count;
import se.stjarnbild.reporting.document.DocumentContent;
import se.stjarnbild.reporting.document.Example;
import se.stjarnbild.reporting.document.Method;
import se.stjarnbild.reporting.document.Origins;
import se.stjarnbild.reporting.document.Ratings;
import se.stjarnbild.reporting.document.RichText;
import se.stjarnbild.reporting.document.StarSection;
import se.stjarnbild.reporting.document.Words;

/**
 * Gathers what the document says from the data, at the moment of generation: a few grouped
 * queries over the shared model (each a single pass, however many quotes there are) and the
 * reference groups' API for members, rounds, ratings and gaps.
 */
@ApplicationScoped
public class DocumentFacts {

    /** Quotes per star in the appendix; the rest are counted and found in the dialogue's export. */
    static final int APPENDIX_QUOTES = 200;
    static final int EXAMPLES = 3;

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MEETING_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Words.SWEDISH);

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private ReferenceGroupOverview groups;

    @Inject
    private FeedbackRounds rounds;

    @Inject
    private Coverage coverage;

    @Inject
    private LiveReactions live;

    @Inject
    private Contributions contributions;

    public DocumentContent gather(DecisionDocument draft) {
        List<String> districts = em.createNamedQuery(District.ALL, District.class).getResultStream()
                .map(District::getName).toList();
        List<StarSection> stars = new ArrayList<>();
        Map<Long, Ratings> ratings = ratings();
        for (Star star : draft.getStars()) {
            stars.add(star(star, ratings.get(star.getId())));
        }
        return new DocumentContent(draft.getCampaign().getMunicipality(), districts, draft.getUnit(),
                draft.getDocumentDate(), draft.getRegistryNumber(), draft.getCaseOfficer(), draft.getTitle(),
                List.copyOf(draft.getDecisionPoints()), nz(draft.getSummary()), nz(draft.getBackground()),
                method(districts), stars, nz(draft.getConsequencesEconomy()), nz(draft.getConsequencesChildren()),
                nz(draft.getConsequencesEquality()), lines(draft.getBasis()), lines(draft.getRecipients()));
    }

    Method method(List<String> districts) {
        long interviews = em.createQuery("select count(i) from Interview i", Long.class).getSingleResult();
        List<Count> byMonth = new ArrayList<>();
        for (Object row : em.createNativeQuery("select extract(year from interview_date) * 100 + extract(month from "
                + "interview_date) as ym, count(*) from interview group by ym order by ym").getResultList()) {
            Object[] cells = (Object[]) row;
            int ym = ((Number) cells[0]).intValue();
            byMonth.add(new Count(Words.get("month." + ym % 100) + " " + ym / 100, ((Number) cells[1]).longValue()));
        }
        Map<String, Long> perDistrict = new HashMap<>();
        em.createQuery("select d.name, count(i) from Interview i join i.district d group by d.name", Object[].class)
                .getResultStream().forEach(r -> perDistrict.put((String) r[0], (Long) r[1]));
        List<Count> byDistrict = districts.stream().map(d -> new Count(d, perDistrict.getOrDefault(d, 0L))).toList();
        List<Count> byCategory = new ArrayList<>();
        Map<RespondentCategory, Long> perCategory = new HashMap<>();
        em.createQuery("select i.category, count(i) from Interview i group by i.category", Object[].class)
                .getResultStream().forEach(r -> perCategory.put((RespondentCategory) r[0], (Long) r[1]));
        for (RespondentCategory category : RespondentCategory.values()) {
            if (perCategory.containsKey(category)) {
                byCategory.add(new Count(Words.get("category." + category), perCategory.get(category)));
            }
        }
        Map<Long, Long> sessions = new HashMap<>();
        em.createQuery("select g.id, count(m) from Meeting m join m.referenceGroups g where m.status <> :cancelled "
                + "group by g.id", Object[].class).setParameter("cancelled", MeetingStatus.CANCELLED)
                .getResultStream().forEach(r -> sessions.put((Long) r[0], (Long) r[1]));
        List<Method.GroupLine> groupLines = groups.groups().stream()
                .map(g -> new Method.GroupLine(g.name(), g.members(), sessions.getOrDefault(g.id(), 0L),
                        g.kind() == ReferenceGroupKind.TARGET_GROUP)).toList();
        List<Method.RoundLine> roundLines = rounds.list().stream()
                .map(r -> new Method.RoundLine(r.title(), r.invited(), r.answered())).toList();
        List<String> gaps = coverage.report().gaps().stream()
                .map(g -> Words.get(g.messageKey(), g.arguments().toArray())).toList();
        ContributionCounts online = contributions.counts();
        return new Method(interviews, byMonth, byDistrict, byCategory, groupLines, meetings(),
                new Method.OnlineLine(online.received(), online.approved()), roundLines, gaps);
    }

    private List<Method.MeetingLine> meetings() {
        // Only meetings that have begun: one still ahead has no participation to report ("ej noterat" read as none came).
        List<Meeting> open = em.createQuery("select m from Meeting m where m.kind = :kind and m.status <> :cancelled "
                + "and m.startsAt < :now order by m.startsAt", Meeting.class).setParameter("kind", MeetingKind.OPEN_MEETING)
                .setParameter("cancelled", MeetingStatus.CANCELLED).setParameter("now", java.time.Instant.now()).getResultList();
        Map<Long, Long> seated = new HashMap<>();
        em.createQuery("select r.meeting.id, count(r) from Registration r where r.status = :confirmed group by r.meeting.id",
                Object[].class).setParameter("confirmed", RegistrationStatus.CONFIRMED).getResultStream()
                .forEach(r -> seated.put((Long) r[0], (Long) r[1]));
        Map<Long, MeetingParticipation> took = new HashMap<>();
        live.perMeeting().forEach(p -> took.put(p.meetingId(), p));
        MeetingParticipation none = new MeetingParticipation(0, 0, 0, 0, 0);
        return open.stream().map(m -> {
            MeetingParticipation p = took.getOrDefault(m.getId(), none);
            return new Method.MeetingLine(m.getTitle(), MEETING_DAY.format(m.getStartsAt().atZone(ZONE)),
                    seated.getOrDefault(m.getId(), 0L), m.getAttendance(), p.reactions(), p.devices(), p.quotes());
        }).toList();
    }

    StarSection star(Star star, Ratings ratings) {
        long id = star.getId();
        List<Count> byDistrict = counts("select d.name, count(q) from Star s join s.evidence q left join q.district d "
                + "where s.id = :id group by d.name order by count(q) desc, d.name", id, k -> k == null ? Words.get("district.NONE") : (String) k);
        List<Count> byCategory = counts("select i.category, count(q) from Star s join s.evidence q left join q.interview i "
                + "where s.id = :id group by i.category order by count(q) desc", id,
                k -> Words.get("category." + (k == null ? "NONE" : k)));
        List<Count> bySource = counts("select q.source, count(q) from Star s join s.evidence q where s.id = :id "
                + "group by q.source order by count(q) desc", id, k -> Words.get("source." + (QuoteSource) k));
        long evidence = byDistrict.stream().mapToLong(Count::value).sum();
        List<Example> quotes = em.createQuery("select q.text, q.attribution, p.name, v.name, d.name from Star s "
                + "join s.evidence q left join q.place p left join q.village v left join q.district d where s.id = :id "
                + "order by q.createdAt, q.id", Object[].class).setParameter("id", id).setMaxResults(APPENDIX_QUOTES)
                .getResultStream()
                .map(r -> new Example((String) r[0], Origins.of((AttributionLevel) r[1], (String) r[2], (String) r[3], (String) r[4])))
                .toList();
        List<String> scope = star.getDistricts().stream().sorted(java.util.Comparator.comparing(District::getSortOrder))
                .map(District::getName).toList();
        return new StarSection(id, star.getTitle(), star.getDescription(), scope, evidence, byDistrict, byCategory,
                bySource, quotes.subList(0, Math.min(EXAMPLES, quotes.size())), ratings, quotes,
                Math.max(0, evidence - quotes.size()));
    }

    private List<Count> counts(String jpql, long starId, java.util.function.Function<Object, String> label) {
        Map<String, Long> merged = new LinkedHashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("id", starId).getResultStream()
                .forEach(r -> merged.merge(label.apply(r[0]), (Long) r[1], Long::sum));
        return merged.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private Map<Long, Ratings> ratings() {
        Map<Long, Ratings> byStar = new HashMap<>();
        for (StarResults results : rounds.results(null)) {
            var all = results.all();
            byStar.put(results.starId(), new Ratings(all.truth().median(), all.uniqueness().median(),
                    Math.max(all.truth().total(), all.uniqueness().total())));
        }
        return byStar;
    }

    private static String nz(String html) {
        return html == null ? "" : RichText.clean(html);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
