package se.stjarnbild.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log, for reading: rows are inserted by {@link AuditWriter} only, and this
 * class offers no way to change one.
 */
@Entity
@Table(name = "audit_entry")
@NotAudited
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private AuditAction action;

    @Column(name = "entity", updatable = false, length = 60)
    private String entity;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "changes", updatable = false, length = 8000)
    private String changes;

    protected AuditEntry() {
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getEntity() { return entity; }
    public Long getEntityId() { return entityId; }
    public String getChanges() { return changes; }
}
