package se.stjarnbild.dialogue.internal;

import se.stjarnbild.model.audit.AuditWriter;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.dialogue.ContributionCounts;
import se.stjarnbild.dialogue.ContributionInput;
import se.stjarnbild.dialogue.ContributionRow;
import se.stjarnbild.dialogue.Contributions;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.Contribution;
import se.stjarnbild.model.dialogue.ContributionStatus;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.dialogue.StarStatus;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Village;

@Stateless
public class JpaContributions implements Contributions {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Resource
    private SessionContext session;

    @Inject
    private Event<SearchChange> searchChanges;

    @Override
    public long submit(ContributionInput in) {
        String text = QuoteText.clean(in.text());
        List<FieldProblem> problems = new ArrayList<>(ContributionRules.check(in, text));
        District district = in.districtId() == null ? null : em.find(District.class, in.districtId());
        Village village = in.villageId() == null ? null : em.find(Village.class, in.villageId());
        Star star = in.starId() == null ? null : em.find(Star.class, in.starId());
        if (in.districtId() != null && district == null) {
            problems.add(new FieldProblem("district", "contribution.district.unknown"));
        }
        if (village != null && (district == null || !village.getDistrict().equals(district))) {
            problems.add(new FieldProblem("village", "contribution.village.outside"));
        }
        if (in.starId() != null && (star == null || star.getStatus() == StarStatus.DROPPED)) {
            problems.add(new FieldProblem("star", "contribution.star.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Contribution contribution = new Contribution(text);
        contribution.setDistrict(district);
        contribution.setVillage(village);
        contribution.setStar(star);
        contribution.setAgeBand(in.ageBand());
        contribution.setRelation(in.relation());
        contribution.setEmail(in.email() == null || in.email().isBlank() ? null : in.email().strip());
        em.persist(contribution);
        em.flush();
        return contribution.getId();
    }

    @Override
    public List<ContributionRow> queue() {
        return em.createQuery("select c from Contribution c where c.status = :pending order by c.createdAt, c.id",
                Contribution.class).setParameter("pending", ContributionStatus.PENDING).getResultStream()
                .map(JpaContributions::row).toList();
    }

    @Override
    public List<ContributionRow> decided(int max) {
        return em.createQuery("select c from Contribution c where c.status <> :pending order by c.moderatedAt desc, c.id desc",
                Contribution.class).setParameter("pending", ContributionStatus.PENDING).setMaxResults(max)
                .getResultStream().map(JpaContributions::row).toList();
    }

    @Override
    public long pending() {
        return em.createQuery("select count(c) from Contribution c where c.status = :pending", Long.class)
                .setParameter("pending", ContributionStatus.PENDING).getSingleResult();
    }

    @Override
    public ContributionCounts counts() {
        Object[] r = em.createQuery("select count(c), sum(case when c.status = :approved then 1 else 0 end) from Contribution c"
                + " where c.meeting is null", Object[].class).setParameter("approved", ContributionStatus.APPROVED).getSingleResult();
        return new ContributionCounts((Long) r[0], r[1] == null ? 0 : ((Number) r[1]).longValue());
    }

    @Override
    public long approve(long id, long version, String text) {
        Contribution c = waiting(id, version);
        String clean = QuoteText.clean(text);
        if (clean.isEmpty() || clean.length() > QuoteText.MAX_LENGTH) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "contribution.approve.textRequired")));
        }
        c.edit(clean);
        Quote quote = new Quote(clean, c.getMeeting() == null ? QuoteSource.CONTRIBUTION : QuoteSource.MEETING);
        quote.setAttribution(AttributionLevel.ANONYMOUS);
        if (c.getMeeting() != null) {
            quote.heardAt(c.getMeeting(), c.getDistrict());
        } else {
            quote.setDistrict(c.getDistrict());
        }
        quote.setVillage(c.getVillage());
        em.persist(quote);
        if (c.getStar() != null) {
            c.getStar().getEvidence().add(quote);
        }
        em.flush();
        if (c.getStar() != null) {
            audit.links("Star", c.getStar().getId(), "evidence", List.of(), List.of(quote.getId()));
        }
        c.approve(quote.getId(), session.getCallerPrincipal().getName(), Instant.now());
        searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, quote.getId()));
        return quote.getId();
    }

    @Override
    public void forgetEmail(long id) {
        Contribution c = em.find(Contribution.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "contribution.notFound")));
        }
        c.setEmail(null);
    }

    @Override
    public void reject(long id, long version, String reason) {
        Contribution c = waiting(id, version);
        String why = QuoteText.clean(reason);
        if (why.isEmpty() || why.length() > 1_000) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "contribution.reason.required")));
        }
        c.reject(why, session.getCallerPrincipal().getName(), Instant.now());
    }

    private Contribution waiting(long id, long version) {
        Contribution c = em.find(Contribution.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "contribution.notFound")));
        }
        if (c.getVersion() != version || c.getStatus() != ContributionStatus.PENDING) {
            throw new OptimisticLockException("contribution " + id + " was moderated meanwhile");
        }
        return c;
    }

    private static ContributionRow row(Contribution c) {
        return new ContributionRow(c.getId(), c.getVersion(), c.getText(), c.getOriginalText(),
                c.getDistrict() == null ? null : c.getDistrict().getName(), c.getVillage() == null ? null : c.getVillage().getName(),
                c.getStar() == null ? null : c.getStar().getTitle(), c.getAgeBand(), c.getRelation(), c.getEmail(),
                c.getStatus(), c.getReason(), c.getModeratedBy(), c.getModeratedAt(), c.getQuoteId(), c.getCreatedAt(),
                c.getMeeting() == null ? null : c.getMeeting().getTitle());
    }
}
