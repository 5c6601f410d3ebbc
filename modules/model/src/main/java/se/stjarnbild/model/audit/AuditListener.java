package se.stjarnbild.model.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import java.util.Map;
import se.stjarnbild.model.BaseEntity;

/**
 * The default entity listener (META-INF/orm.xml): remembers each entity's fields as loaded, and
 * after every insert, update and delete writes who, what and the changed fields' before and after
 * to the audit log, inside the same transaction, so a rolled-back change leaves no entry.
 */
public class AuditListener {

    private AuditWriter writer;

    @PostLoad
    void loaded(Object entity) {
        if (entity instanceof BaseEntity e && audited(e)) {
            e.keepLoadedState(EntityFields.snapshot(e));
        }
    }

    @PostPersist
    void created(Object entity) {
        record(entity, AuditAction.CREATE);
    }

    @PostUpdate
    void changed(Object entity) {
        record(entity, AuditAction.UPDATE);
    }

    @PostRemove
    void deleted(Object entity) {
        record(entity, AuditAction.DELETE);
    }

    @SuppressWarnings("unchecked")
    private void record(Object entity, AuditAction action) {
        if (!(entity instanceof BaseEntity e) || !audited(e)) {
            return;
        }
        Map<String, Object> before = e.loadedState() instanceof Map<?, ?> m && action != AuditAction.CREATE
                ? (Map<String, Object>) m : Map.of();
        Map<String, Object> after = action == AuditAction.DELETE ? Map.of() : EntityFields.snapshot(e);
        List<EntityFields.Change> changes = EntityFields.diff(e.getClass(), before, after);
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return;
        }
        writer().write(action, e.getClass().getSimpleName(), e.getId(), changes);
        e.keepLoadedState(after);
    }

    private static boolean audited(BaseEntity entity) {
        return !entity.getClass().isAnnotationPresent(NotAudited.class);
    }

    private AuditWriter writer() {
        if (writer == null) {
            writer = CDI.current().select(AuditWriter.class).get();
        }
        return writer;
    }
}
