package se.stjarnbild.model.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.geography.District;

/**
 * A candidate star (stjärna): something that shines about the place, with the quotes that are its
 * evidence. Its scope is the whole municipality or one or more districts.
 */
@Entity
@Table(name = "star")
public class Star extends BaseEntity {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4_000;

    @NotBlank
    @Size(max = MAX_TITLE)
    @Column(name = "title", nullable = false)
    private String title;

    @Size(max = MAX_DESCRIPTION)
    @Column(name = "description")
    private String description;

    @Column(name = "whole_municipality", nullable = false)
    private boolean wholeMunicipality = true;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private StarStatus status = StarStatus.PROPOSED;

    @ManyToMany
    @JoinTable(name = "star_district", joinColumns = @JoinColumn(name = "star_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    private Set<District> districts = new HashSet<>();

    /** Loaded only when evidence is linked or unlinked; pages count and list evidence by query. */
    @ManyToMany
    @JoinTable(name = "star_evidence", joinColumns = @JoinColumn(name = "star_id"),
            inverseJoinColumns = @JoinColumn(name = "quote_id"))
    private Set<Quote> evidence = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Star() {
    }

    public Star(String title) {
        this.title = title;
    }

    /** Scope: the whole municipality (no districts), or just the given districts. */
    public void scopeTo(Set<District> scopeDistricts) {
        districts.clear();
        if (scopeDistricts == null || scopeDistricts.isEmpty()) {
            wholeMunicipality = true;
        } else {
            wholeMunicipality = false;
            districts.addAll(scopeDistricts);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isWholeMunicipality() {
        return wholeMunicipality;
    }

    public StarStatus getStatus() {
        return status;
    }

    public void setStatus(StarStatus status) {
        this.status = status;
    }

    public Set<District> getDistricts() {
        return districts;
    }

    public Set<Quote> getEvidence() {
        return evidence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
