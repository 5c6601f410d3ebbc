package se.stjarnbild.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Identity and optimistic locking for every editable entity. One shared sequence, allocated in
 * blocks of 50, keeps ids portable between H2 and PostgreSQL and keeps bulk imports cheap.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The fields as last loaded or saved, kept for the audit log's before and after; never stored. */
    @Transient
    private transient Object loadedState;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** For the audit log only: the fields as last loaded or saved. */
    public Object loadedState() {
        return loadedState;
    }

    /** For the audit log only. */
    public void keepLoadedState(Object state) {
        loadedState = state;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
