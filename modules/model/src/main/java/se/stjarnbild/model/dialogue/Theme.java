package se.stjarnbild.model.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.stjarnbild.model.BaseEntity;

/**
 * A code of the codebook (tema). The codebook has two levels: a top theme has no parent, a
 * sub-theme's parent is a top theme.
 */
@Entity
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "select t from Theme t order by t.name")
public class Theme extends BaseEntity {

    public static final String ALL = "Theme.all";

    @NotBlank
    @Size(max = 120)
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = 2000)
    @Column(name = "description")
    private String description;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Theme parent;

    protected Theme() {
    }

    public Theme(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Places this theme under a top theme; the codebook keeps to two levels. */
    public void moveUnder(Theme newParent) {
        if (newParent != null) {
            if (newParent == this || newParent.equals(this)) {
                throw new IllegalArgumentException("A theme cannot be its own parent");
            }
            if (newParent.parent != null) {
                throw new IllegalArgumentException("The codebook has two levels: '" + newParent.name
                        + "' is already a sub-theme");
            }
        }
        this.parent = newParent;
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Theme getParent() {
        return parent;
    }
}
