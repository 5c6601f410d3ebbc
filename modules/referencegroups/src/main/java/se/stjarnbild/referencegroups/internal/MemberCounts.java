package se.stjarnbild.referencegroups.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.model.groups.GroupMember;

/** Who is in each group on a day: joined by then, not yet left, not erased. */
final class MemberCounts {

    static final String ACTIVE = "m.erasedAt is null and m.joinedOn <= :day and (m.leftOn is null or m.leftOn > :day)";

    private MemberCounts() {
    }

    static Map<Long, Long> activeByGroup(EntityManager em, LocalDate day) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select g.id, count(m) from GroupMember m join m.groups g where " + ACTIVE + " group by g.id",
                Object[].class).setParameter("day", day).getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    static List<GroupMember> activeIn(EntityManager em, long groupId, LocalDate day) {
        return em.createQuery("select m from GroupMember m join m.groups g where g.id = :group and " + ACTIVE
                + " order by m.name, m.id", GroupMember.class)
                .setParameter("group", groupId).setParameter("day", day).getResultList();
    }

    /** Each group's current members' age bands, null where a member did not say. */
    static Map<Long, List<AgeBand>> agesByGroup(EntityManager em, LocalDate day) {
        Map<Long, List<AgeBand>> ages = new HashMap<>();
        em.createQuery("select g.id, m.ageBand from GroupMember m join m.groups g where " + ACTIVE, Object[].class)
                .setParameter("day", day).getResultStream()
                .forEach(row -> ages.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((AgeBand) row[1]));
        return ages;
    }
}
