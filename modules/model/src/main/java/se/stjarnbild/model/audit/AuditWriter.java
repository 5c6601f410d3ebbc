package se.stjarnbild.model.audit;

import jakarta.json.spi.JsonProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes audit entries with plain JDBC on the application's transactional data source, so an entry
 * joins the transaction of the change it records (and an entity listener may write while JPA
 * flushes). The actor is the logged-in caller, or "system" for scheduled work and public pages.
 */
@ApplicationScoped
public class AuditWriter {

    /** Looked up once: {@code Json.create…} would search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The actor of work no logged-in person did: the nightly jobs, a citizen on a public page. */
    public static final String SYSTEM = "system";
    private static final int LONGEST = 8_000;

    @Resource(lookup = "java:app/jdbc/stjarnbild")
    private DataSource data;

    @Inject
    private Instance<SecurityContext> security;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    /** Records a change of an entity, with the changed fields' before and after. */
    void write(AuditAction action, String entity, Long id, List<EntityFields.Change> changes) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (EntityFields.Change change : changes) {
            JsonObjectBuilder c = JSON.createObjectBuilder().add("field", change.field());
            if (change.before() != null) {
                c.add("before", change.before());
            }
            if (change.after() != null) {
                c.add("after", change.after());
            }
            list.add(c);
        }
        insert(actor(), action, entity, id, list.build().toString());
    }

    /**
     * Records links added to and removed from one record, such as a quote's themes or a star's
     * evidence, which the entity listener cannot see (links live in join tables). The entry is an
     * update of {@code field} whose before lists the ids removed and whose after lists the ids
     * added, so a star with thousands of quotes still gets a short, exact entry. Nothing is
     * written when nothing changed.
     */
    public void links(String entity, Long id, String field, Collection<?> removed, Collection<?> added) {
        String before = shownSet(removed);
        String after = shownSet(added);
        if (before == null && after == null) {
            return;
        }
        write(AuditAction.UPDATE, entity, id, List.of(new EntityFields.Change(field, before, after)));
    }

    /** Records the change of a small set of links (ids or names) given as the whole set before and after. */
    public void linkSets(String entity, Long id, String field, Collection<?> before, Collection<?> after) {
        List<Object> removed = new ArrayList<>(before);
        removed.removeAll(after);
        List<Object> added = new ArrayList<>(after);
        added.removeAll(before);
        links(entity, id, field, removed, added);
    }

    /** Ids in numeric order, names in alphabetical order, once each; null for none. */
    private static String shownSet(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Comparator<Object> order = Comparator.comparing((Object v) -> v instanceof Number ? 0 : 1)
                .thenComparing(v -> v instanceof Number n ? n.longValue() : 0L)
                .thenComparing(String::valueOf);
        Set<Object> sorted = new TreeSet<>(order);
        sorted.addAll(values);
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Records an event that is not one entity's change: a login, an import, an erasure. */
    public void event(AuditAction action, String actor, String entity, Long id, String note) {
        insert(actor == null || actor.isBlank() ? actor() : actor, action, entity, id, note);
    }

    /** The logged-in caller's name, or {@link #SYSTEM}. */
    public String actor() {
        try {
            if (security.isResolvable()) {
                Principal caller = security.get().getCallerPrincipal();
                if (caller != null && caller.getName() != null && !caller.getName().isBlank()
                        && !"ANONYMOUS".equals(caller.getName())) {
                    return caller.getName();
                }
            }
        } catch (RuntimeException noCallerHere) {
            // a scheduled job or a thread without a security context
        }
        return SYSTEM;
    }

    private void insert(String actor, AuditAction action, String entity, Long id, String changes) {
        String text = changes == null || changes.length() <= LONGEST ? changes : changes.substring(0, LONGEST - 1) + "…";
        try {
            Connection shared = transactionConnection();
            if (shared != null) {
                insert(shared, actor, action, entity, id, text);
            } else {
                try (Connection own = data.getConnection()) {
                    insert(own, actor, action, entity, id, text);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be written; the change is not saved", e);
        }
    }

    /**
     * The connection the change itself is written on, when there is a transaction. Asking the pool
     * for a second one while the change holds row locks could wait for ever when every pooled
     * connection belongs to a request queued behind those locks (two thousand registrations to one
     * meeting do exactly that); the same connection also makes the entry part of the change.
     */
    private Connection transactionConnection() {
        try {
            return em.isJoinedToTransaction() ? em.unwrap(Connection.class) : null;
        } catch (RuntimeException noTransaction) {
            return null;
        }
    }

    private static void insert(Connection connection, String actor, AuditAction action, String entity, Long id, String text)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_entry (at, actor, action, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)));
            insert.setString(2, actor.length() > 100 ? actor.substring(0, 100) : actor);
            insert.setString(3, action.name());
            insert.setString(4, entity);
            if (id == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, id);
            }
            insert.setString(6, text);
            insert.executeUpdate();
        }
    }
}
