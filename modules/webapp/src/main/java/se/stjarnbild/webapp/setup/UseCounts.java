package se.stjarnbild.webapp.setup;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts what refers to a district, a village or a target group, table by table. The tables
 * belong to every module; counting rows by their foreign keys needs none of their code.
 */
final class UseCounts {

    /** Rows that name the district itself or one of its villages. */
    private static final String IN_DISTRICT = " where district_id = ?1 or village_id in (select id from village where district_id = ?1)";

    private final EntityManager em;

    UseCounts(EntityManager em) {
        this.em = em;
    }

    Uses ofDistrict(long districtId) {
        List<Uses.Use> uses = new ArrayList<>();
        uses.add(count("interviews", "select count(*) from interview" + IN_DISTRICT, districtId));
        uses.add(count("quotes", "select count(*) from quote" + IN_DISTRICT, districtId));
        uses.add(count("places", "select count(*) from place" + IN_DISTRICT, districtId));
        uses.add(count("contributions", "select count(*) from contribution" + IN_DISTRICT, districtId));
        uses.add(count("stars", "select count(*) from star_district where district_id = ?1", districtId));
        uses.add(count("referenceGroups", "select count(*) from reference_group where district_id = ?1", districtId));
        uses.add(count("members", "select count(*) from group_member where residence_district_id = ?1", districtId));
        uses.add(count("venues", "select count(*) from venue where district_id = ?1", districtId));
        uses.add(count("registrations", "select count(*) from registration where district_id = ?1", districtId));
        return new Uses(uses);
    }

    Uses ofVillage(long villageId) {
        List<Uses.Use> uses = new ArrayList<>();
        uses.add(count("interviews", "select count(*) from interview where village_id = ?1", villageId));
        uses.add(count("quotes", "select count(*) from quote where village_id = ?1", villageId));
        uses.add(count("places", "select count(*) from place where village_id = ?1", villageId));
        uses.add(count("contributions", "select count(*) from contribution where village_id = ?1", villageId));
        return new Uses(uses);
    }

    Uses ofTargetGroup(long targetGroupId) {
        return new Uses(List.of(count("referenceGroups",
                "select count(*) from reference_group where target_group_id = ?1", targetGroupId)));
    }

    private Uses.Use count(String kind, String sql, long id) {
        Number n = (Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult();
        return new Uses.Use(kind, n.longValue());
    }
}
