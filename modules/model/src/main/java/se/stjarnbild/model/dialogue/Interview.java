package se.stjarnbild.model.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.PersonalData;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;

/**
 * One conversation (intervju): when and where, who interviewed whom, and whether the respondent
 * consented to their words being kept. The rules on its fields are checked by the dialogue
 * module before saving, where the person gets a message per field.
 */
@Entity
@Table(name = "interview")
public class Interview extends BaseEntity {

    @Column(name = "interview_date", nullable = false)
    private LocalDate date;

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne
    @JoinColumn(name = "village_id")
    private Village village;

    @ManyToOne
    @JoinColumn(name = "place_id")
    private Place place;

    @Column(name = "interviewer", nullable = false, length = 200)
    private String interviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_category", nullable = false, length = 40)
    private RespondentCategory category;

    @Column(name = "home_region", length = 200)
    private String homeRegion;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @PersonalData
    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
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

    public Place getPlace() {
        return place;
    }

    public void setPlace(Place place) {
        this.place = place;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public void setInterviewer(String interviewer) {
        this.interviewer = interviewer;
    }

    public RespondentCategory getCategory() {
        return category;
    }

    public void setCategory(RespondentCategory category) {
        this.category = category;
    }

    public String getHomeRegion() {
        return homeRegion;
    }

    public void setHomeRegion(String homeRegion) {
        this.homeRegion = homeRegion;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    /** Consent is kept with the day it was given; withdrawing it clears the day. */
    public void recordConsent(boolean given, LocalDate day) {
        this.consentGiven = given;
        this.consentDate = given ? day : null;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
