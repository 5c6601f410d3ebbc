package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InterviewDetails;
import se.stjarnbild.dialogue.InterviewFilter;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.dialogue.InterviewRow;
import se.stjarnbild.dialogue.InterviewSort;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.QuoteRow;
import se.stjarnbild.model.SwedishOrder;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.Interview;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;

/** Interviews in the shared model. Pages are one query for the rows and one for their quote counts. */
@Stateless
public class JpaInterviews implements Interviews {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<SearchChange> searchChanges;

    /**
     * Two steps, so that the cost of a page does not grow with the number of interviews: first the
     * ids of the page, from the interview table alone (newest first follows an index), then the
     * rows for just those ids with their district, village and place, and their quote counts.
     */
    @Override
    public List<InterviewRow> page(InterviewFilter filter, InterviewSort sort, boolean ascending, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String direction = ascending ? " asc" : " desc";
        String idJpql = "select i.id from Interview i" + (sort == InterviewSort.DISTRICT ? " join i.district d" : "")
                + where(filter, parameters) + " order by " + orderBy(sort) + direction + ", i.id" + direction;
        TypedQuery<Long> idQuery = em.createQuery(idJpql, Long.class).setFirstResult(first).setMaxResults(size);
        parameters.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("select i.id, i.date, d.name, v.name, p.name, i.interviewer, i.category, i.homeRegion, "
                + "i.consentGiven from Interview i join i.district d left join i.village v left join i.place p "
                + "where i.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> byId.put((Long) r[0], r));
        Map<Long, Long> quotes = quoteCounts(ids);
        Map<Long, List<String>> stars = starsByInterview(ids);
        List<InterviewRow> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Object[] r = byId.get(id);
            if (r != null) {
                page.add(new InterviewRow(id, (LocalDate) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (RespondentCategory) r[6], (String) r[7], (Boolean) r[8],
                        quotes.getOrDefault(id, 0L), stars.getOrDefault(id, List.of())));
            }
        }
        return page;
    }

    @Override
    public long count(InterviewFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(i) from Interview i" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(InterviewFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.districtId() != null) {
            conditions.add("i.district.id = :district");
            parameters.put("district", filter.districtId());
        }
        if (filter.category() != null) {
            conditions.add("i.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.interviewer() != null && !filter.interviewer().isBlank()) {
            conditions.add("lower(i.interviewer) like :interviewer");
            parameters.put("interviewer", Jpql.containing(filter.interviewer()));
        }
        if (filter.from() != null) {
            conditions.add("i.date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("i.date <= :to");
            parameters.put("to", filter.to());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Categories in the order of their Swedish names (Annan, Besökare, Boende, …), not of their constants. */
    private static final String CATEGORY_BY_SWEDISH_NAME = "case i.category"
            + " when se.stjarnbild.model.dialogue.RespondentCategory.OTHER then 0"
            + " when se.stjarnbild.model.dialogue.RespondentCategory.VISITOR then 1"
            + " when se.stjarnbild.model.dialogue.RespondentCategory.RESIDENT then 2"
            + " when se.stjarnbild.model.dialogue.RespondentCategory.BUSINESS_OWNER then 3"
            + " else 4 end";

    private static String orderBy(InterviewSort sort) {
        return switch (sort == null ? InterviewSort.DATE : sort) {
            case DATE -> "i.date";
            case DISTRICT -> "d.name";
            case INTERVIEWER -> "i.interviewer";
            case CATEGORY -> CATEGORY_BY_SWEDISH_NAME;
        };
    }

    /** The stars each interview's quotes are evidence for: a deletion asks first and names them. */
    private Map<Long, List<String>> starsByInterview(List<Long> interviewIds) {
        Map<Long, List<String>> stars = new HashMap<>();
        if (!interviewIds.isEmpty()) {
            em.createQuery("select distinct q.interview.id, s.title from Star s join s.evidence q "
                    + "where q.interview.id in :ids", Object[].class)
                    .setParameter("ids", interviewIds)
                    .getResultList()
                    .forEach(r -> stars.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
            stars.values().forEach(titles -> titles.sort(SwedishOrder.texts()));
        }
        return stars;
    }

    @Override
    public Map<Long, List<String>> evidenceStars(long interviewId) {
        Map<Long, List<String>> stars = new HashMap<>();
        em.createQuery("select q.id, s.title from Star s join s.evidence q where q.interview.id = :id", Object[].class)
                .setParameter("id", interviewId)
                .getResultList()
                .forEach(r -> stars.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        stars.values().forEach(titles -> titles.sort(SwedishOrder.texts()));
        return stars;
    }

    private Map<Long, Long> quoteCounts(List<Long> interviewIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!interviewIds.isEmpty()) {
            em.createQuery("select q.interview.id, count(q) from Quote q where q.interview.id in :ids "
                    + "group by q.interview.id", Object[].class)
                    .setParameter("ids", interviewIds)
                    .getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }

    @Override
    public Optional<InterviewDetails> find(long id) {
        return Optional.ofNullable(em.find(Interview.class, id)).map(i -> new InterviewDetails(i.getId(), i.getVersion(),
                new InterviewInput(i.getDate(), i.getDistrict().getId(), idOf(i.getVillage()), idOf(i.getPlace()),
                        i.getInterviewer(), i.getCategory(), i.getHomeRegion(), i.isConsentGiven(), i.getConsentDate(),
                        i.getNotes()),
                quoteCount(i.getId())));
    }

    @Override
    public long save(Long id, long version, InterviewInput input) {
        List<FieldProblem> problems = new ArrayList<>(InterviewRules.check(input, LocalDate.now(ZONE)));
        District district = input.districtId() == null ? null : em.find(District.class, input.districtId());
        if (input.districtId() != null && district == null) {
            problems.add(new FieldProblem("district", "interview.district.unknown"));
        }
        Village village = input.villageId() == null ? null : em.find(Village.class, input.villageId());
        if (input.villageId() != null && (village == null || !village.getDistrict().equals(district))) {
            problems.add(new FieldProblem("village", "interview.village.outsideDistrict"));
        }
        Place place = input.placeId() == null ? null : em.find(Place.class, input.placeId());
        if (input.placeId() != null && (place == null || !place.getDistrict().equals(district))) {
            problems.add(new FieldProblem("place", "interview.place.outsideDistrict"));
        }
        // Locked, like in addQuote: a quote added meanwhile cannot slip past the check that consent is not removed
        // from an interview with quotes.
        Interview interview = id == null ? new Interview() : em.find(Interview.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (interview == null) {
            problems.add(new FieldProblem(null, "interview.notFound"));
        } else if (id != null && interview.getVersion() != version) {
            problems.add(new FieldProblem(null, "interview.editConflict"));
        } else if (id != null && interview.isConsentGiven() && !input.consentGiven()) {
            long quotes = quoteCount(id);
            if (quotes > 0) {
                // Answers are kept only with consent: withdrawing it leaves no quote behind unnoticed.
                problems.add(FieldProblem.of("consentGiven", "interview.consent.withdrawnWithQuotes", quotes));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InterviewFields.fill(interview, input, district, village, place);
        if (id == null) {
            em.persist(interview);
        }
        em.flush();
        List<Long> moved = followInterviewLocation(interview);
        searchChanges.fire(SearchChange.saved(SearchKind.INTERVIEW, interview.getId()));
        moved.forEach(quoteId -> searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, quoteId)));
        return interview.getId();
    }

    @Override
    public long delete(long id) {
        Interview interview = em.find(Interview.class, id);
        if (interview == null) {
            return 0;
        }
        em.flush();
        List<Long> quoteIds = em.createQuery("select q.id from Quote q where q.interview.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        long quotes = QuoteRemoval.ofInterview(em, id);
        em.remove(interview);
        searchChanges.fire(SearchChange.removed(SearchKind.QUOTE, quoteIds));
        searchChanges.fire(SearchChange.removed(SearchKind.INTERVIEW, List.of(id)));
        return quotes;
    }

    /** An interview's quotes were said where the interview was: a corrected district, village or place moves them too. */
    private List<Long> followInterviewLocation(Interview interview) {
        List<Quote> quotes = em.createQuery("select q from Quote q where q.interview = :interview", Quote.class)
                .setParameter("interview", interview).getResultList();
        List<Long> moved = new ArrayList<>();
        for (Quote quote : quotes) {
            if (!Objects.equals(quote.getDistrict(), interview.getDistrict())
                    || !Objects.equals(quote.getVillage(), interview.getVillage())
                    || !Objects.equals(quote.getPlace(), interview.getPlace())) {
                quote.takenFrom(interview);
                moved.add(quote.getId());
            }
        }
        if (!moved.isEmpty()) {
            em.flush();
        }
        return moved;
    }

    @Override
    public List<QuoteRow> quotes(long interviewId) {
        return em.createQuery("select q from Quote q where q.interview.id = :interview order by q.createdAt, q.id",
                Quote.class).setParameter("interview", interviewId).getResultStream()
                .map(q -> new QuoteRow(q.getId(), q.getText(), q.getAttribution())).toList();
    }

    @Override
    public long addQuote(long interviewId, String text, AttributionLevel attribution) {
        Interview interview = em.find(Interview.class, interviewId, LockModeType.PESSIMISTIC_WRITE);
        String clean = QuoteText.clean(text);
        List<FieldProblem> problems = new ArrayList<>(QuoteRules.check(clean, attribution));
        if (interview == null) {
            problems.add(0, new FieldProblem(null, "interview.notFound"));
        } else if (!interview.isConsentGiven()) {
            problems.add(0, new FieldProblem("quoteText", "quote.consent.missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Quote quote = new Quote(clean, QuoteSource.INTERVIEW);
        quote.takenFrom(interview);
        quote.setAttribution(attribution);
        em.persist(quote);
        em.flush();
        searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, quote.getId()));
        return quote.getId();
    }

    @Override
    public void deleteQuote(long quoteId) {
        em.flush();
        QuoteRemoval.one(em, quoteId);
        searchChanges.fire(SearchChange.removed(SearchKind.QUOTE, List.of(quoteId)));
    }

    @Override
    public List<Choice> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultStream()
                .map(d -> new Choice(d.getId(), d.getName())).toList();
    }

    @Override
    public List<Choice> villages(long districtId) {
        return em.createQuery("select v from Village v where v.district.id = :district order by v.name", Village.class)
                .setParameter("district", districtId).getResultStream().map(v -> new Choice(v.getId(), v.getName())).toList();
    }

    @Override
    public List<Choice> places(long districtId) {
        return em.createQuery("select p from Place p where p.district.id = :district order by p.name", Place.class)
                .setParameter("district", districtId).getResultStream().map(p -> new Choice(p.getId(), p.getName())).toList();
    }

    private long quoteCount(long interviewId) {
        return quoteCounts(List.of(interviewId)).getOrDefault(interviewId, 0L);
    }

    private static Long idOf(se.stjarnbild.model.BaseEntity entity) {
        return entity == null ? null : entity.getId();
    }

}
