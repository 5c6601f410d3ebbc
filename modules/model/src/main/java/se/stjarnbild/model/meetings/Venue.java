package se.stjarnbild.model.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.geography.District;

/** A place meetings are held (lokal): its address, seats and what makes it accessible. */
@Entity
@Table(name = "venue")
public class Venue extends BaseEntity {

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    @NotBlank
    @Size(max = 400)
    @Column(name = "address", nullable = false)
    private String address;

    @ManyToOne
    @JoinColumn(name = "district_id")
    private District district;

    @Min(1)
    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @Column(name = "hearing_loop", nullable = false)
    private boolean hearingLoop;

    @Size(max = 2000)
    @Column(name = "accessibility_notes")
    private String accessibilityNotes;

    @Size(max = 2000)
    @Column(name = "facilities")
    private String facilities;

    protected Venue() {
    }

    public Venue(String name, String address, int capacity) {
        this.name = name;
        this.address = address;
        this.capacity = capacity;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public void setStepFree(boolean stepFree) {
        this.stepFree = stepFree;
    }

    public boolean isHearingLoop() {
        return hearingLoop;
    }

    public void setHearingLoop(boolean hearingLoop) {
        this.hearingLoop = hearingLoop;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes;
    }

    public String getFacilities() {
        return facilities;
    }

    public void setFacilities(String facilities) {
        this.facilities = facilities;
    }
}
