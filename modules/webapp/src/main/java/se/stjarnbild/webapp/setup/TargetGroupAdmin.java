package se.stjarnbild.webapp.setup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import se.stjarnbild.model.groups.TargetGroup;
import se.stjarnbild.model.users.Role;

/**
 * The target groups (målgrupper) the municipality wants to hear, kept by an administrator. A
 * target group a reference group represents is not deleted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TargetGroupAdmin {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public List<TargetGroupRow> list() {
        UseCounts counts = new UseCounts(em);
        return em.createNamedQuery(TargetGroup.ALL, TargetGroup.class).getResultList().stream()
                .map(t -> row(t, counts))
                .toList();
    }

    /** Adds a target group ({@code id} null) or renames and reorders one. */
    public TargetGroupRow save(Long id, long version, String name, Integer sortOrder) {
        String clean = Names.clean("name", name, GeographyAdmin.NAME_LENGTH);
        GeographyAdmin.checkOrder(sortOrder);
        List<TargetGroup> all = em.createNamedQuery(TargetGroup.ALL, TargetGroup.class).getResultList();
        Names.refuseTaken("name", clean, all.stream().filter(t -> id == null || t.getId().longValue() != id.longValue())
                .map(TargetGroup::getName).toList(), "targetGroup.taken");
        TargetGroup group;
        if (id == null) {
            group = new TargetGroup(Codes.unique(clean, "malgrupp", new HashSet<>(all.stream().map(TargetGroup::getCode).toList())),
                    clean, all.size() + 1);
            em.persist(group);
        } else {
            group = em.find(TargetGroup.class, id);
            if (group == null) {
                throw new SetupRefusal(null, "setup.gone");
            }
            if (group.getVersion() != version) {
                throw new SetupRefusal(null, "setup.staleEdit");
            }
            group.setName(clean);
        }
        GeographyAdmin.renumber(Ordering.place(all, group, sortOrder), TargetGroup::getSortOrder, TargetGroup::setSortOrder);
        em.flush();
        return row(group, new UseCounts(em));
    }

    public void delete(long id) {
        TargetGroup group = em.find(TargetGroup.class, id);
        if (group == null) {
            throw new SetupRefusal(null, "setup.gone");
        }
        Uses uses = new UseCounts(em).ofTargetGroup(id);
        if (!uses.isNone()) {
            throw new SetupRefusal(null, "targetGroup.inUse", group.getName(), uses);
        }
        em.remove(group);
        em.flush();
        GeographyAdmin.renumber(em.createNamedQuery(TargetGroup.ALL, TargetGroup.class).getResultList(),
                TargetGroup::getSortOrder, TargetGroup::setSortOrder);
    }

    private static TargetGroupRow row(TargetGroup t, UseCounts counts) {
        return new TargetGroupRow(t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getSortOrder(),
                counts.ofTargetGroup(t.getId()));
    }
}
