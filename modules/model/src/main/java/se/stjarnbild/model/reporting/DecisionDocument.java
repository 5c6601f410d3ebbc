package se.stjarnbild.model.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.campaign.Campaign;
import se.stjarnbild.model.dialogue.Star;

/**
 * The secretary's working draft of the tjänsteskrivelse: the header, the free-text sections
 * (sanitised HTML), the numbered decision points in their order and the stars it presents.
 * Generated sections are not stored here; they are computed from the data at each generation.
 */
@Entity
@Table(name = "decision_document")
public class DecisionDocument extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, unique = true)
    private Campaign campaign;

    @Column(name = "registry_number", length = 40)
    private String registryNumber;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "unit", nullable = false, length = 200)
    private String unit;

    @Column(name = "case_officer", length = 200)
    private String caseOfficer;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "summary", length = 20000)
    private String summary;

    @Column(name = "background", length = 20000)
    private String background;

    @Column(name = "consequences_economy", length = 20000)
    private String consequencesEconomy;

    @Column(name = "consequences_children", length = 20000)
    private String consequencesChildren;

    @Column(name = "consequences_equality", length = 20000)
    private String consequencesEquality;

    /** Further documents the decision rests on, one per line (this document is always first). */
    @Column(name = "basis", length = 4000)
    private String basis;

    /** Who receives the decision, one per line. */
    @Column(name = "recipients", length = 4000)
    private String recipients;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "decision_point", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 2000, nullable = false)
    private List<String> decisionPoints = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "decision_document_star", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "star_id"))
    @OrderColumn(name = "position")
    private List<Star> stars = new ArrayList<>();

    protected DecisionDocument() {
    }

    public DecisionDocument(Campaign campaign, String title, String unit, LocalDate documentDate) {
        this.campaign = campaign;
        this.title = title;
        this.unit = unit;
        this.documentDate = documentDate;
    }

    public void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Campaign getCampaign() { return campaign; }
    public String getRegistryNumber() { return registryNumber; }
    public void setRegistryNumber(String registryNumber) { this.registryNumber = registryNumber; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getCaseOfficer() { return caseOfficer; }
    public void setCaseOfficer(String caseOfficer) { this.caseOfficer = caseOfficer; }
    public LocalDate getDocumentDate() { return documentDate; }
    public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getConsequencesEconomy() { return consequencesEconomy; }
    public void setConsequencesEconomy(String text) { this.consequencesEconomy = text; }
    public String getConsequencesChildren() { return consequencesChildren; }
    public void setConsequencesChildren(String text) { this.consequencesChildren = text; }
    public String getConsequencesEquality() { return consequencesEquality; }
    public void setConsequencesEquality(String text) { this.consequencesEquality = text; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<String> getDecisionPoints() { return decisionPoints; }
    public List<Star> getStars() { return stars; }
}
