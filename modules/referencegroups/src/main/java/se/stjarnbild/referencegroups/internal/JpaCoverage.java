package se.stjarnbild.referencegroups.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.referencegroups.Coverage;
import se.stjarnbild.referencegroups.CoverageCell;
import se.stjarnbild.referencegroups.CoverageReport;

/**
 * Groups × candidate stars over every round: members asked about a star through a group, and
 * members of that group who gave it a rating or a comment.
 */
@Stateless
public class JpaCoverage implements Coverage {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Stars stars;

    @Override
    public CoverageReport report() {
        List<Choice> groups = em.createNamedQuery(ReferenceGroup.ALL, ReferenceGroup.class).getResultStream()
                .map(g -> new Choice(g.getId(), g.getName())).toList();
        List<Choice> candidates = JpaFeedbackRounds.candidates(stars);
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery("select i.group.id, s.id, count(i) from FeedbackInvitation i join i.round r join r.stars s "
                + "group by i.group.id, s.id", Object[].class).getResultStream()
                .forEach(row -> counts.computeIfAbsent(CoverageReport.key((Long) row[0], (Long) row[1]),
                        k -> new long[2])[0] = (Long) row[2]);
        em.createQuery("select i.group.id, a.star.id, count(distinct i.id) from FeedbackAnswer a join a.invitation i "
                + "where a.truth is not null or a.uniqueness is not null or a.comment is not null "
                + "group by i.group.id, a.star.id", Object[].class).getResultStream()
                .forEach(row -> counts.computeIfAbsent(CoverageReport.key((Long) row[0], (Long) row[1]),
                        k -> new long[2])[1] = (Long) row[2]);
        Map<String, CoverageCell> cells = new HashMap<>();
        counts.forEach((key, c) -> {
            String[] ids = key.split(":");
            cells.put(key, new CoverageCell(Long.parseLong(ids[0]), Long.parseLong(ids[1]), c[0], c[1]));
        });
        return new CoverageReport(groups, candidates, cells,
                Gaps.find(groups, candidates, cells, MemberCounts.agesByGroup(em, Today.date())));
    }
}
