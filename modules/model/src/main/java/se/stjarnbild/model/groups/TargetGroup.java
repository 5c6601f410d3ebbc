package se.stjarnbild.model.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.stjarnbild.model.BaseEntity;

/** A target group (målgrupp) the municipality wants to hear, e.g. youth or people who moved here. */
@Entity
@Table(name = "target_group")
@NamedQuery(name = TargetGroup.ALL, query = "select t from TargetGroup t order by t.sortOrder, t.name")
public class TargetGroup extends BaseEntity {

    public static final String ALL = "TargetGroup.all";

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

    protected TargetGroup() {
    }

    public TargetGroup(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
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
