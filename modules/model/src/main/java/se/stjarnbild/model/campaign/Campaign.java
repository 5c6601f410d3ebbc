package se.stjarnbild.model.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.stjarnbild.model.BaseEntity;

/** One place-brand process of a municipality (a "platsvarumärkesarbete"), with its phases. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.BY_NAME, query = "select c from Campaign c where c.name = :name")
@NamedQuery(name = Campaign.LATEST, query = "select c from Campaign c order by c.year desc, c.id desc")
public class Campaign extends BaseEntity {

    public static final String BY_NAME = "Campaign.byName";
    public static final String LATEST = "Campaign.latest";

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, unique = true)
    private String name;

    @NotBlank
    @Size(max = 200)
    @Column(name = "municipality", nullable = false)
    private String municipality;

    @Min(2000)
    @Max(2100)
    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Size(max = 2000)
    @Column(name = "description")
    private String description;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<CampaignPhase> phases = new ArrayList<>();

    protected Campaign() {
    }

    public Campaign(String name, String municipality, int year) {
        this.name = name;
        this.municipality = municipality;
        this.year = year;
    }

    public CampaignPhase addPhase(PhaseKind kind, java.time.LocalDate start, java.time.LocalDate end) {
        CampaignPhase phase = new CampaignPhase(this, kind, start, end);
        phases.add(phase);
        return phase;
    }

    /** The campaign's phase of this kind, if it has one. */
    public java.util.Optional<CampaignPhase> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.getKind() == kind).findFirst();
    }

    /** Drops the phase of this kind (a process may leave a phase out). */
    public void removePhase(PhaseKind kind) {
        phases.removeIf(p -> p.getKind() == kind);
    }

    public List<CampaignPhase> getPhases() {
        return Collections.unmodifiableList(phases);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
