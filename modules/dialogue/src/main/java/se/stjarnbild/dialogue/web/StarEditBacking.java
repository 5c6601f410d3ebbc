package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.StarDetails;
import se.stjarnbild.dialogue.StarInput;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.model.dialogue.StarStatus;

/** Backs dialogue/star-edit.xhtml: propose a star ({@code ?id} absent) or change one; remove it (asks first). */
@Named
@ViewScoped
public class StarEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Stars stars;

    @Inject
    private Interviews interviews;

    private Long id;
    private long version;
    private boolean found = true;
    private String title;
    private String description;
    private StarStatus status = StarStatus.PROPOSED;
    private List<Long> districtIds = new ArrayList<>();
    private List<Choice> districts;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        stars.find(id).ifPresentOrElse(this::fill, () -> found = false);
    }

    private void fill(StarDetails star) {
        version = star.version();
        title = star.title();
        description = star.description();
        status = star.status();
        districtIds = new ArrayList<>(star.districts().stream().map(Choice::id).toList());
    }

    public String save() {
        StarInput input = new StarInput(title, description, new HashSet<>(districtIds), status);
        long[] saved = new long[1];
        if (FormProblems.attempt("starForm", "form.fixErrorsGeneric", "star.editConflict",
                () -> saved[0] = stars.save(id, version, input))) {
            DialogueTexts.flashInfo(id == null ? "star.created" : "star.saved");
            return "/dialogue/star?faces-redirect=true&id=" + saved[0];
        }
        return null;
    }

    public String delete() {
        if (!FormProblems.attempt("starForm", "star.inUse", "star.editConflict", () -> stars.delete(id))) {
            return null;
        }
        DialogueTexts.flashInfo("star.deleted", title);
        return "/dialogue/stars?faces-redirect=true";
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = interviews.districts();
        }
        return districts;
    }

    public StarStatus[] getStatuses() {
        return StarStatus.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StarStatus getStatus() {
        return status;
    }

    public void setStatus(StarStatus status) {
        this.status = status;
    }

    public List<Long> getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(List<Long> districtIds) {
        this.districtIds = districtIds;
    }
}
