package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.PersonalData;
import se.stjarnbild.model.audit.Secret;
import se.stjarnbild.model.geography.District;

/**
 * Someone's registration to an open meeting: a seat, a place on the waitlist, or cancelled. The
 * unguessable token is the person's only key to it; the short code is said at the door.
 */
@Entity
@Table(name = "registration")
public class Registration extends BaseEntity {

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @PersonalData
    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    @PersonalData
    @Size(max = 254)
    @Column(name = "email")
    private String email;

    @PersonalData
    @Size(max = 40)
    @Column(name = "phone")
    private String phone;

    @ManyToOne
    @JoinColumn(name = "district_id")
    private District district;

    @PersonalData
    @Size(max = 1000)
    @Column(name = "needs")
    private String needs;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private RegistrationStatus status;

    @Secret
    @NotBlank
    @Column(name = "token", nullable = false, length = 64)
    private String token;

    @NotBlank
    @Column(name = "code", nullable = false, length = 12)
    private String code;

    @Column(name = "arrived", nullable = false)
    private boolean arrived;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Column(name = "by_staff", nullable = false)
    private boolean byStaff;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** When the name, e-mail, phone and needs were removed; the row stays, so counts stay. */
    @Column(name = "personal_data_removed_at")
    private Instant personalDataRemovedAt;

    /** The language the person registered in ("en"); null for Swedish. */
    @Size(max = 8)
    @Column(name = "language", length = 8)
    private String language;

    protected Registration() {
    }

    public Registration(Meeting meeting, String name, String token, String code, RegistrationStatus status) {
        this.meeting = meeting;
        this.name = name;
        this.token = token;
        this.code = code;
        this.status = status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void cancel(Instant when) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = when;
    }

    /** Takes the person out of the registration; its status, district and attendance stay for the counts. */
    public void removePersonalData(String placeholderName, Instant when) {
        name = placeholderName;
        email = null;
        phone = null;
        needs = null;
        personalDataRemovedAt = when;
    }

    public void promote() {
        status = RegistrationStatus.CONFIRMED;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getToken() {
        return token;
    }

    public String getCode() {
        return code;
    }

    public boolean isArrived() {
        return arrived;
    }

    public void setArrived(boolean arrived) {
        this.arrived = arrived;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public void setWalkIn(boolean walkIn) {
        this.walkIn = walkIn;
    }

    public boolean isByStaff() {
        return byStaff;
    }

    public void setByStaff(boolean byStaff) {
        this.byStaff = byStaff;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPersonalDataRemovedAt() {
        return personalDataRemovedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
