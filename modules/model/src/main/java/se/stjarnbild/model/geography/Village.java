package se.stjarnbild.model.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import se.stjarnbild.model.BaseEntity;

/** A named settlement (by / ort) inside a district. */
@Entity
@Table(name = "village")
public class Village extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    protected Village() {
    }

    Village(District district, String name) {
        this.district = Objects.requireNonNull(district);
        this.name = name;
    }

    public District getDistrict() {
        return district;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
