package se.stjarnbild.referencegroups.internal;

import se.stjarnbild.model.SwedishOrder;
import se.stjarnbild.model.audit.AuditWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.Mailer;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.referencegroups.MemberDetails;
import se.stjarnbild.referencegroups.MemberFilter;
import se.stjarnbild.referencegroups.MemberInput;
import se.stjarnbild.referencegroups.MemberRow;
import se.stjarnbild.referencegroups.Members;

@Stateless
public class JpaMembers implements Members {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Inject
    private Mailer mailer;

    @Override
    public List<MemberRow> page(MemberFilter filter, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<GroupMember> query = em.createQuery("select m from GroupMember m" + where(filter, parameters)
                + " order by case when m.erasedAt is null then 0 else 1 end, lower(m.name), m.id", GroupMember.class);
        parameters.forEach(query::setParameter);
        // every member's groups in one more query for the page, not one query per member
        query.setHint("eclipselink.batch", "m.groups").setHint("eclipselink.batch.type", "IN");
        List<MemberRow> rows = query.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(JpaMembers::row).toList();
        // the database orders by code point (Ä before Å); a page holding the whole list (the members
        // page asks for all of them) is put in Swedish order here, a partial page keeps the database's
        return first == 0 && rows.size() < size ? inSwedishOrder(rows) : rows;
    }

    /** Current members before erased ones, each by name in Swedish order. */
    static List<MemberRow> inSwedishOrder(List<MemberRow> rows) {
        return rows.stream().sorted(Comparator.comparing(MemberRow::erased)
                .thenComparing(SwedishOrder.by(MemberRow::name)).thenComparingLong(MemberRow::id)).toList();
    }

    @Override
    public long count(MemberFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(m) from GroupMember m" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(MemberFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.groupId() != null) {
            conditions.add("exists (select g from GroupMember x join x.groups g where x = m and g.id = :group)");
            parameters.put("group", filter.groupId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(m.name) like :text escape '\\' or lower(m.email) like :text escape '\\')");
            parameters.put("text", containing(filter.text()));
        }
        if (!filter.includeFormer()) {
            conditions.add("m.erasedAt is null and (m.leftOn is null or m.leftOn > :today)");
            parameters.put("today", Today.date());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * A LIKE pattern (escape character {@code \}) for names and addresses containing the text, in
     * lower case: {@code _}, {@code %} and {@code \} in the text match themselves.
     */
    static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static MemberRow row(GroupMember m) {
        List<String> groups = m.getGroups().stream().map(ReferenceGroup::getName).sorted(SwedishOrder.texts()).toList();
        return new MemberRow(m.getId(), m.getName(), m.getEmail(), m.getPhone(), groups, m.getJoinedOn(), m.getLeftOn(),
                m.getAgeBand(), m.isErased());
    }

    @Override
    public Optional<MemberDetails> find(long id) {
        return Optional.ofNullable(em.find(GroupMember.class, id)).map(m -> new MemberDetails(m.getId(), m.getVersion(),
                new MemberInput(m.getName(), m.getEmail(), m.getPhone(), m.getPostalAddress(),
                        m.getGroups().stream().map(ReferenceGroup::getId).collect(Collectors.toSet()), m.getJoinedOn(),
                        m.getLeftOn(), m.getRecruitedHow(), m.isConsentGiven(), m.getConsentDate(), m.getAgeBand(),
                        m.getResidenceDistrict() == null ? null : m.getResidenceDistrict().getId(), m.getYearsHere(),
                        m.getLanguage()),
                m.isErased()));
    }

    @Override
    public long save(Long id, long version, MemberInput input) {
        List<Problem> problems = new ArrayList<>(MemberRules.check(input, Today.date()));
        GroupMember member = id == null ? null : em.find(GroupMember.class, id);
        if (id != null && member == null) {
            throw RefusedException.of("", "member.notFound");
        }
        if (member != null && member.getVersion() != version) {
            throw new OptimisticLockException("member " + id + " changed");
        }
        if (member != null && member.isErased()) {
            throw RefusedException.of("", "member.erased");
        }
        String email = MemberRules.normalEmail(input.email());
        if (email != null && problems.stream().noneMatch(p -> p.field().equals("email"))) {
            List<Long> holders = em.createQuery("select m.id from GroupMember m where m.email = :email", Long.class)
                    .setParameter("email", email).getResultList();
            if (holders.stream().anyMatch(holder -> !holder.equals(id))) {
                problems.add(Problem.of("email", "member.email.taken"));
            }
        }
        Set<ReferenceGroup> groups = new HashSet<>();
        for (Long groupId : input.groupIds()) {
            ReferenceGroup group = em.find(ReferenceGroup.class, groupId);
            if (group == null) {
                problems.add(Problem.of("groups", "group.notFound"));
                break;
            }
            groups.add(group);
        }
        District district = input.residenceDistrictId() == null ? null
                : em.find(District.class, input.residenceDistrictId());
        if (input.residenceDistrictId() != null && district == null) {
            problems.add(Problem.of("residenceDistrict", "member.district.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        List<Long> groupsBefore = new ArrayList<>();
        if (member == null) {
            member = new GroupMember(input.name().strip(), input.joinedOn());
            em.persist(member);
        } else {
            member.getGroups().forEach(g -> groupsBefore.add(g.getId()));
        }
        member.setName(input.name().strip());
        member.setEmail(email);
        member.setPhone(MemberRules.orNull(input.phone()));
        member.setPostalAddress(MemberRules.orNull(input.postalAddress()));
        member.setJoinedOn(input.joinedOn());
        member.setLeftOn(input.leftOn());
        member.setRecruitedHow(input.recruitedHow());
        member.setConsent(input.consentGiven(), input.consentDate());
        member.setAgeBand(input.ageBand());
        member.setResidenceDistrict(district);
        member.setYearsHere(input.yearsHere());
        member.setLanguage(input.language());
        member.getGroups().clear();
        member.getGroups().addAll(groups);
        em.flush();
        audit.linkSets("GroupMember", member.getId(), "groups", groupsBefore,
                member.getGroups().stream().map(ReferenceGroup::getId).toList());
        return member.getId();
    }

    @Override
    public void end(long id, LocalDate on) {
        GroupMember member = existing(id);
        if (on == null) {
            throw RefusedException.of("leftOn", "member.leftOn.required");
        }
        if (on.isBefore(member.getJoinedOn())) {
            throw RefusedException.of("leftOn", "member.leftOn.beforeJoined");
        }
        member.setLeftOn(on);
    }

    @Override
    public void erase(long id) {
        GroupMember member = existing(id);
        if (member.getEmail() != null) {
            mailer.forget(member.getEmail());
        }
        member.erase(Instant.now());
    }

    @Override
    public List<Choice> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultStream()
                .map(d -> new Choice(d.getId(), d.getName())).toList();
    }

    private GroupMember existing(long id) {
        GroupMember member = em.find(GroupMember.class, id);
        if (member == null) {
            throw RefusedException.of("", "member.notFound");
        }
        if (member.isErased()) {
            throw RefusedException.of("", "member.erased");
        }
        return member;
    }
}
