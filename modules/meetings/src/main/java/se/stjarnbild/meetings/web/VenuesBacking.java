package se.stjarnbild.meetings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.meetings.VenueInput;
import se.stjarnbild.meetings.VenueRow;
import se.stjarnbild.meetings.Venues;

/** Backs meetings/venues.xhtml: the venues with their seats and accessibility; add, edit ({@code ?edit=id}), remove. */
@Named
@ViewScoped
public class VenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/meetings/venues?faces-redirect=true";

    @Inject
    private Venues venues;

    @Inject
    private Meetings meetings;

    private List<VenueRow> rows;
    private List<Choice> districts;
    private Long editId;
    private long version;
    private String name;
    private String address;
    private Long districtId;
    private Integer capacity;
    private boolean stepFree;
    private boolean hearingLoop;
    private String accessibilityNotes;
    private String facilities;

    public void load() {
        if (editId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        getRows().stream().filter(v -> v.id() == editId).findFirst().ifPresentOrElse(v -> {
            version = v.version();
            name = v.name();
            address = v.address();
            districtId = v.districtId();
            capacity = v.capacity();
            stepFree = v.stepFree();
            hearingLoop = v.hearingLoop();
            accessibilityNotes = v.accessibilityNotes();
            facilities = v.facilities();
        }, () -> {
            editId = null;
            Refusals.error("venue.notFound");
        });
    }

    public String save() {
        VenueInput input = new VenueInput(name, address, districtId, capacity, stepFree, hearingLoop, accessibilityNotes,
                facilities);
        if (Refusals.attempt("venueForm", "venue.editConflict", () -> venues.save(editId, version, input))) {
            MeetingsTexts.flashInfo(editId == null ? "venue.created" : "venue.saved", name.trim());
            return SELF;
        }
        return null;
    }

    public String delete(VenueRow venue) {
        if (Refusals.attempt("venueTable", "venue.editConflict", () -> venues.delete(venue.id()))) {
            MeetingsTexts.flashInfo("venue.deleted", venue.name());
            return SELF;
        }
        return null;
    }

    public List<VenueRow> getRows() {
        if (rows == null) {
            rows = new java.util.ArrayList<>(venues.list()); // the table sorts it in place
        }
        return rows;
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = meetings.districts();
        }
        return districts;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
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

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
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
