package se.stjarnbild.referencegroups.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.groups.ReferenceGroupKind;
import se.stjarnbild.referencegroups.ReferenceGroupCounts;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.ReferenceGroupSummary;

@ApplicationScoped
public class JpaReferenceGroupOverview implements ReferenceGroupOverview {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Override
    public ReferenceGroupCounts counts() {
        return new ReferenceGroupCounts(countOfKind(ReferenceGroupKind.TARGET_GROUP),
                countOfKind(ReferenceGroupKind.DISTRICT));
    }

    @Override
    public List<ReferenceGroupSummary> groups() {
        return em.createNamedQuery(ReferenceGroup.ALL, ReferenceGroup.class).getResultList().stream()
                .map(JpaReferenceGroupOverview::summary)
                .toList();
    }

    private long countOfKind(ReferenceGroupKind kind) {
        return em.createQuery("select count(g) from ReferenceGroup g where g.kind = :kind", Long.class)
                .setParameter("kind", kind)
                .getSingleResult();
    }

    private static ReferenceGroupSummary summary(ReferenceGroup group) {
        String represents = group.getKind() == ReferenceGroupKind.TARGET_GROUP
                ? group.getTargetGroup().getName()
                : group.getDistrict().getName();
        return new ReferenceGroupSummary(group.getId(), group.getName(), group.getKind(), represents);
    }
}
