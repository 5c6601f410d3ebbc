package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.PlaceInput;
import se.stjarnbild.dialogue.PlaceRow;
import se.stjarnbild.dialogue.Places;
import se.stjarnbild.model.geography.PlaceKind;

/**
 * Backs dialogue/places.xhtml: the named places, filtered by district and kind; add or change
 * one ({@code ?edit=id}); remove one nothing refers to (asks first).
 */
@Named
@ViewScoped
public class PlacesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/dialogue/places?faces-redirect=true";

    @Inject
    private Places places;

    @Inject
    private Interviews interviews;

    private List<PlaceRow> all;
    private List<Choice> districts;
    private Long filterDistrictId;
    private PlaceKind filterKind;
    private Long editId;
    private long version;
    private String name;
    private PlaceKind kind = PlaceKind.ATTRACTION;
    private Long districtId;
    private Long villageId;
    private String description;

    public void load() {
        if (editId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        getAll().stream().filter(p -> p.id() == editId).findFirst().ifPresentOrElse(p -> {
            version = p.version();
            name = p.name();
            kind = p.kind();
            districtId = p.districtId();
            villageId = p.villageId();
            description = p.description();
        }, () -> {
            editId = null;
            FormProblems.error("place.notFound");
        });
    }

    /** Kept as one mutable list until the filter changes: the table sorts it in place. */
    public List<PlaceRow> getRows() {
        if (shown == null) {
            shown = new java.util.ArrayList<>(getAll().stream()
                    .filter(p -> filterDistrictId == null || p.districtId() == filterDistrictId)
                    .filter(p -> filterKind == null || p.kind() == filterKind)
                    .toList());
        }
        return shown;
    }

    private List<PlaceRow> shown;

    private List<PlaceRow> getAll() {
        if (all == null) {
            all = places.list();
        }
        return all;
    }

    public void applyFilter() {
        shown = null;
    }

    public String save() {
        PlaceInput input = new PlaceInput(name, kind, districtId, villageId, description);
        if (FormProblems.attempt("placeForm", "form.fixErrorsGeneric", "place.editConflict",
                () -> places.save(editId, version, input))) {
            DialogueTexts.flashInfo(editId == null ? "place.created" : "place.saved", name.trim());
            return SELF;
        }
        return null;
    }

    public String delete(PlaceRow place) {
        if (FormProblems.attempt("placeTable", "form.fixErrorsGeneric", "place.editConflict",
                () -> places.delete(place.id()))) {
            DialogueTexts.flashInfo("place.deleted", place.name());
            return SELF;
        }
        return null;
    }

    /** A new district clears a village outside it. */
    public void districtChanged() {
        if (villageId != null && getVillages().stream().noneMatch(v -> Objects.equals(v.id(), villageId))) {
            villageId = null;
        }
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = interviews.districts();
        }
        return districts;
    }

    public List<Choice> getVillages() {
        return districtId == null ? List.of() : interviews.villages(districtId);
    }

    public PlaceKind[] getKinds() {
        return PlaceKind.values();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Long getFilterDistrictId() {
        return filterDistrictId;
    }

    public void setFilterDistrictId(Long filterDistrictId) {
        this.filterDistrictId = filterDistrictId;
    }

    public PlaceKind getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(PlaceKind filterKind) {
        this.filterKind = filterKind;
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

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
