package se.stjarnbild.model.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.PersonalData;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.model.groups.AgeBand;

/**
 * Something a person wrote without an account, on the public form or with a reaction during a
 * meeting's presentation. Staff approve it (it becomes a quote), reject it with a reason, or take
 * personal data out of it first (the original is kept).
 */
@Entity
@Table(name = "contribution")
public class Contribution extends BaseEntity {

    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    @PersonalData
    @Column(name = "original_text", length = 4000)
    private String originalText;

    @ManyToOne
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne
    @JoinColumn(name = "village_id")
    private Village village;

    @ManyToOne
    @JoinColumn(name = "star_id")
    private Star star;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", length = 20)
    private Relation relation;

    @PersonalData
    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ContributionStatus status = ContributionStatus.PENDING;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "quote_id")
    private Long quoteId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** Set when the words were sent from a phone during a meeting's presentation. */
    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private se.stjarnbild.model.meetings.Meeting meeting;

    protected Contribution() {
    }

    public Contribution(String text) {
        this.text = text;
    }

    /** Staff take something out (a name, a phone number): the words as written are kept beside. */
    public void edit(String cleaned) {
        if (!cleaned.equals(text)) {
            if (originalText == null) {
                originalText = text;
            }
            text = cleaned;
        }
    }

    /** The writer is erased: their address and the words taken out of the text go; the text stays. */
    public void forgetPerson() {
        email = null;
        originalText = null;
    }

    public void approve(long quote, String by, Instant at) {
        status = ContributionStatus.APPROVED;
        quoteId = quote;
        moderatedBy = by;
        moderatedAt = at;
    }

    public void reject(String why, String by, Instant at) {
        status = ContributionStatus.REJECTED;
        reason = why;
        moderatedBy = by;
        moderatedAt = at;
    }

    public String getText() { return text; }
    public String getOriginalText() { return originalText; }
    public District getDistrict() { return district; }
    public void setDistrict(District district) { this.district = district; }
    public Village getVillage() { return village; }
    public void setVillage(Village village) { this.village = village; }
    public Star getStar() { return star; }
    public void setStar(Star star) { this.star = star; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public ContributionStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
    public Long getQuoteId() { return quoteId; }
    public Instant getCreatedAt() { return createdAt; }
    public se.stjarnbild.model.meetings.Meeting getMeeting() { return meeting; }
    public void setMeeting(se.stjarnbild.model.meetings.Meeting meeting) { this.meeting = meeting; }
}
