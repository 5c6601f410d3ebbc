package se.stjarnbild.webapp.setup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.stjarnbild.model.SwedishOrder;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.model.users.Role;

/**
 * The municipality's districts (kommundelar) and their villages, kept by an administrator. A
 * district or village that anything refers to is not deleted (the refusal says what refers to
 * it); names may be corrected at any time, codes stay.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class GeographyAdmin {

    static final int NAME_LENGTH = 200;
    static final int MAX_ORDER = 999;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public List<DistrictRow> districts() {
        UseCounts counts = new UseCounts(em);
        return em.createNamedQuery(District.ALL, District.class).getResultList().stream()
                .map(d -> row(d, counts))
                .toList();
    }

    /** Adds a district ({@code id} null) or renames and reorders one; returns it as saved. */
    public DistrictRow saveDistrict(Long id, long version, String name, Integer sortOrder) {
        String clean = Names.clean("name", name, NAME_LENGTH);
        checkOrder(sortOrder);
        List<District> all = em.createNamedQuery(District.ALL, District.class).getResultList();
        Names.refuseTaken("name", clean, all.stream().filter(d -> id == null || d.getId().longValue() != id.longValue())
                .map(District::getName).toList(), "district.taken");
        District district;
        if (id == null) {
            Set<String> codes = new HashSet<>(all.stream().map(District::getCode).toList());
            district = new District(Codes.unique(clean, "kommundel", codes), clean, all.size() + 1);
            em.persist(district);
        } else {
            district = current(District.class, id, version);
            district.setName(clean);
        }
        renumber(Ordering.place(all, district, sortOrder), District::getSortOrder, District::setSortOrder);
        em.flush();
        return row(district, new UseCounts(em));
    }

    /** Deletes a district and its villages when nothing refers to any of them. */
    public void deleteDistrict(long id) {
        District district = existing(District.class, id);
        Uses uses = new UseCounts(em).ofDistrict(id);
        if (!uses.isNone()) {
            throw new SetupRefusal(null, "district.inUse", district.getName(), uses);
        }
        em.remove(district);
        em.flush(); // a reference that came meanwhile is refused here, as a persistence error the page explains
        renumber(em.createNamedQuery(District.ALL, District.class).getResultList(), District::getSortOrder, District::setSortOrder);
    }

    /** Positions 1, 2, 3 … in the given order, without the gap a deletion leaves. */
    static <T> void renumber(List<T> inOrder, java.util.function.ToIntFunction<T> position,
            java.util.function.ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < inOrder.size(); i++) {
            if (position.applyAsInt(inOrder.get(i)) != i + 1) {
                setPosition.accept(inOrder.get(i), i + 1);
            }
        }
    }

    public DistrictRow.VillageRow addVillage(long districtId, String name) {
        District district = existing(District.class, districtId);
        // The district's row lock keeps two admins from adding the same village at once.
        em.lock(district, LockModeType.PESSIMISTIC_WRITE);
        String clean = Names.clean("villageName", name, NAME_LENGTH);
        Names.refuseTaken("villageName", clean, district.getVillages().stream().map(Village::getName).toList(),
                "village.taken");
        Village village = district.addVillage(clean);
        em.flush();
        return new DistrictRow.VillageRow(village.getId(), village.getVersion(), village.getName(), Uses.none());
    }

    public void renameVillage(long villageId, long version, String name) {
        Village village = current(Village.class, villageId, version);
        String clean = Names.clean("villageName", name, NAME_LENGTH);
        Names.refuseTaken("villageName", clean, village.getDistrict().getVillages().stream()
                .filter(v -> v.getId() != villageId).map(Village::getName).toList(), "village.taken");
        village.setName(clean);
        em.flush();
    }

    public void deleteVillage(long villageId) {
        Village village = existing(Village.class, villageId);
        Uses uses = new UseCounts(em).ofVillage(villageId);
        if (!uses.isNone()) {
            throw new SetupRefusal(null, "village.inUse", village.getName(), uses);
        }
        village.getDistrict().removeVillage(village);
        em.flush();
    }

    /** The one rule for positions in lists, for districts and target groups alike. */
    static void checkOrder(Integer sortOrder) {
        if (sortOrder != null && (sortOrder < 1 || sortOrder > MAX_ORDER)) {
            throw new SetupRefusal("sortOrder", "setup.order.range", MAX_ORDER);
        }
    }

    private <T> T existing(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new SetupRefusal(null, "setup.gone");
        }
        return found;
    }

    /** The entity as the editor saw it; a change saved by someone else since is not overwritten. */
    private <T extends se.stjarnbild.model.BaseEntity> T current(Class<T> type, long id, long version) {
        T found = existing(type, id);
        if (found.getVersion() != version) {
            throw new SetupRefusal(null, "setup.staleEdit");
        }
        return found;
    }

    private static DistrictRow row(District d, UseCounts counts) {
        List<DistrictRow.VillageRow> villages = d.getVillages().stream()
                .sorted(Comparator.comparing(Village::getName, SwedishOrder.texts()))
                .map(v -> new DistrictRow.VillageRow(v.getId(), v.getVersion(), v.getName(), counts.ofVillage(v.getId())))
                .toList();
        return new DistrictRow(d.getId(), d.getVersion(), d.getCode(), d.getName(), d.getSortOrder(), villages,
                counts.ofDistrict(d.getId()));
    }
}
