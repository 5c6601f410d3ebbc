package se.stjarnbild.webapp.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.stjarnbild.model.audit.AuditAction;

/** One audit entry as the page shows it, with its changed fields read out of the stored JSON. */
public record AuditRow(long id, Instant at, String actor, AuditAction action, String entity, Long entityId,
        List<Change> changes, String note) implements Serializable {

    /** A changed field: before and after (null when it had none). */
    public record Change(String field, String before, String after) implements Serializable {
    }
}
