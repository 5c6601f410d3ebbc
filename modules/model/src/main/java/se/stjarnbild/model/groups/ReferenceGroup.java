package se.stjarnbild.model.groups;

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
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.users.AppUser;

/**
 * One of the reference groups (referensgrupper) that test the emerging star image. A group of
 * kind {@link ReferenceGroupKind#TARGET_GROUP} represents exactly one target group; a group of
 * kind {@link ReferenceGroupKind#DISTRICT} exactly one district.
 */
@Entity
@Table(name = "reference_group")
@NamedQuery(name = ReferenceGroup.ALL,
        query = "select g from ReferenceGroup g order by g.kind desc, g.name")
public class ReferenceGroup extends BaseEntity {

    public static final String ALL = "ReferenceGroup.all";

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, unique = true)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private ReferenceGroupKind kind;

    @ManyToOne
    @JoinColumn(name = "target_group_id")
    private TargetGroup targetGroup;

    @ManyToOne
    @JoinColumn(name = "district_id")
    private District district;

    @Size(max = 2000)
    @Column(name = "purpose")
    private String purpose;

    /** The member of staff who answers for the group. */
    @ManyToOne
    @JoinColumn(name = "contact_user_id")
    private AppUser contact;

    protected ReferenceGroup() {
    }

    public static ReferenceGroup forTargetGroup(String name, TargetGroup targetGroup) {
        ReferenceGroup group = new ReferenceGroup();
        group.name = name;
        group.kind = ReferenceGroupKind.TARGET_GROUP;
        group.targetGroup = targetGroup;
        return group;
    }

    public static ReferenceGroup forDistrict(String name, District district) {
        ReferenceGroup group = new ReferenceGroup();
        group.name = name;
        group.kind = ReferenceGroupKind.DISTRICT;
        group.district = district;
        return group;
    }

    /** The kind decides which one thing the group represents; never both, never neither. */
    @AssertTrue(message = "{referenceGroup.representsExactlyOne}")
    public boolean isRepresentingExactlyOne() {
        if (kind == ReferenceGroupKind.TARGET_GROUP) {
            return targetGroup != null && district == null;
        }
        return kind == ReferenceGroupKind.DISTRICT && district != null && targetGroup == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ReferenceGroupKind getKind() {
        return kind;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public District getDistrict() {
        return district;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public AppUser getContact() {
        return contact;
    }

    public void setContact(AppUser contact) {
        this.contact = contact;
    }
}
