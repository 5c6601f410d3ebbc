package se.stjarnbild.model.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.stjarnbild.model.BaseEntity;

/** A named attraction, business or site (plats / besöksmål), e.g. Skärvångens bymejeri. */
@Entity
@Table(name = "place")
@NamedQuery(name = Place.BY_NAME, query = "select p from Place p where p.name = :name")
public class Place extends BaseEntity {

    public static final String BY_NAME = "Place.byName";

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private PlaceKind kind;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne
    @JoinColumn(name = "village_id")
    private Village village;

    @Size(max = 2000)
    @Column(name = "description")
    private String description;

    protected Place() {
    }

    public Place(String name, PlaceKind kind, District district) {
        this.name = name;
        this.kind = kind;
        this.district = district;
    }

    /** A place's village, when given, must lie in the place's district. */
    @AssertTrue(message = "{place.village.outsideDistrict}")
    public boolean isVillageInDistrict() {
        return village == null || district == null || village.getDistrict().equals(district);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public Village getVillage() {
        return village;
    }

    public void setVillage(Village village) {
        this.village = village;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
