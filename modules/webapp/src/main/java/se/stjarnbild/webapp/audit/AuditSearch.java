package se.stjarnbild.webapp.audit;

import jakarta.json.spi.JsonProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.model.audit.AuditEntry;
import se.stjarnbild.model.users.Role;

/**
 * Reads the audit log for administrators: newest first, a page at a time, by user, kind of
 * record, record id, event and date. There is no way to change an entry here or anywhere else.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditSearch {

    /** Looked up once: {@code Json.create…} would search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public long count(AuditFilter filter) {
        return query("select count(a) from AuditEntry a", filter, Long.class).getSingleResult();
    }

    public List<AuditRow> page(AuditFilter filter, int first, int max) {
        return query("select a from AuditEntry a", filter, AuditEntry.class, " order by a.at desc, a.id desc")
                .setFirstResult(first).setMaxResults(max).getResultStream().map(AuditSearch::row).toList();
    }

    /** The kinds of record the log has entries for, for the filter's choices. */
    public List<String> entities() {
        return em.createQuery("select distinct a.entity from AuditEntry a where a.entity is not null order by a.entity",
                String.class).getResultList();
    }

    private <T> TypedQuery<T> query(String select, AuditFilter f, Class<T> type) {
        return query(select, f, type, "");
    }

    private <T> TypedQuery<T> query(String select, AuditFilter f, Class<T> type, String order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("lower(a.actor) like :actor");
            parameters.put("actor", "%" + f.actor().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            where.add("a.entity = :entity");
            parameters.put("entity", f.entity());
        }
        if (f.entityId() != null) {
            where.add("a.entityId = :entityId");
            parameters.put("entityId", f.entityId());
        }
        if (f.action() != null) {
            where.add("a.action = :action");
            parameters.put("action", f.action());
        }
        if (f.from() != null) {
            where.add("a.at >= :from");
            parameters.put("from", f.from().atStartOfDay(SWEDEN).toInstant());
        }
        if (f.to() != null) {
            where.add("a.at < :to");
            parameters.put("to", f.to().plusDays(1).atStartOfDay(SWEDEN).toInstant());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    static AuditRow row(AuditEntry e) {
        List<AuditRow.Change> changes = new ArrayList<>();
        String note = null;
        String stored = e.getChanges();
        if (stored != null && stored.startsWith("[")) {
            try (var reader = JSON.createReader(new StringReader(stored))) {
                JsonArray list = reader.readArray();
                for (JsonValue value : list) {
                    JsonObject c = value.asJsonObject();
                    changes.add(new AuditRow.Change(c.getString("field", ""), c.getString("before", null), c.getString("after", null)));
                }
            } catch (JsonException | ClassCastException e2) {
                note = stored;
            }
        } else {
            note = stored;
        }
        return new AuditRow(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntity(), e.getEntityId(), changes, note);
    }
}
