package se.stjarnbild.webapp.audit;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.audit.AuditAction;

/** What the audit log page searches by; null means any. Dates are whole days in Swedish time. */
public record AuditFilter(String actor, String entity, Long entityId, AuditAction action, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
