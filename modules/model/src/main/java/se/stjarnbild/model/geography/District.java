package se.stjarnbild.model.geography;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.stjarnbild.model.BaseEntity;

/** One of the parts of the municipality (kommundel / bygd), with its villages. */
@Entity
@Table(name = "district")
@NamedQuery(name = District.ALL, query = "select d from District d order by d.sortOrder, d.name")
public class District extends BaseEntity {

    public static final String ALL = "District.all";

    /** Stable, URL-safe key, e.g. "hotagen"; names may be edited, codes stay. */
    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{1,60}")
    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "district", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Village> villages = new ArrayList<>();

    protected District() {
    }

    public District(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Village addVillage(String villageName) {
        Village village = new Village(this, villageName);
        villages.add(village);
        return village;
    }

    /** Drops a village of this district (the database refuses it while anything refers to it). */
    public void removeVillage(Village village) {
        villages.remove(village);
    }

    public List<Village> getVillages() {
        return Collections.unmodifiableList(villages);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
