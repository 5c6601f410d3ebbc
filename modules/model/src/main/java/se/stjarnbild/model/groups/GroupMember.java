package se.stjarnbild.model.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.PersonalData;
import se.stjarnbild.model.geography.District;

/**
 * A person in one or more reference groups. Personal data (name, contact details, background) is
 * kept only with consent and can be erased; the row itself stays so that the member's ratings and
 * comments remain as anonymous evidence.
 */
@Entity
@Table(name = "group_member")
public class GroupMember extends BaseEntity {

    @PersonalData
    @Column(name = "name", length = 200)
    private String name;

    @PersonalData
    @Column(name = "email", length = 254)
    private String email;

    @PersonalData
    @Column(name = "phone", length = 40)
    private String phone;

    @PersonalData
    @Column(name = "postal_address", length = 400)
    private String postalAddress;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "recruited_how", nullable = false, length = 40)
    private Recruitment recruitedHow = Recruitment.OTHER;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    /** The language of the member's e-mail: "en" for English, null for Swedish. */
    @Column(name = "language", length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private AgeBand ageBand;

    @ManyToOne
    @JoinColumn(name = "residence_district_id")
    private District residenceDistrict;

    @Column(name = "years_here")
    private Integer yearsHere;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @ManyToMany
    @JoinTable(name = "group_membership", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<ReferenceGroup> groups = new HashSet<>();

    protected GroupMember() {
    }

    public GroupMember(String name, LocalDate joinedOn) {
        this.name = name;
        this.joinedOn = joinedOn;
    }

    /** Removes everything that says who the member is; what they answered stays, anonymous. */
    public void erase(Instant when) {
        name = null;
        email = null;
        phone = null;
        postalAddress = null;
        ageBand = null;
        residenceDistrict = null;
        yearsHere = null;
        consentGiven = false;
        consentDate = null;
        if (leftOn == null) {
            leftOn = LocalDate.ofInstant(when, java.time.ZoneId.of("Europe/Stockholm"));
        }
        erasedAt = when;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Whether the member is in their groups on a day: joined, and not yet left. */
    public boolean isActiveOn(LocalDate day) {
        return !isErased() && !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public Recruitment getRecruitedHow() { return recruitedHow; }
    public void setRecruitedHow(Recruitment recruitedHow) { this.recruitedHow = recruitedHow; }
    public boolean isConsentGiven() { return consentGiven; }
    public LocalDate getConsentDate() { return consentDate; }

    public String getLanguage() { return language; }

    public void setLanguage(String language) { this.language = language; }

    public void setConsent(boolean given, LocalDate date) {
        this.consentGiven = given;
        this.consentDate = given ? date : null;
    }

    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public District getResidenceDistrict() { return residenceDistrict; }
    public void setResidenceDistrict(District residenceDistrict) { this.residenceDistrict = residenceDistrict; }
    public Integer getYearsHere() { return yearsHere; }
    public void setYearsHere(Integer yearsHere) { this.yearsHere = yearsHere; }
    public Instant getErasedAt() { return erasedAt; }
    public Set<ReferenceGroup> getGroups() { return groups; }
}
