package se.stjarnbild.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.dialogue.StarRow;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.model.dialogue.StarStatus;

/** Backs dialogue/stars.xhtml: the candidate stars with their evidence counts, filtered by status. */
@Named
@ViewScoped
public class StarsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Stars stars;

    private StarStatus status;
    private List<StarRow> shown;

    /** Kept as one mutable list per view: the table sorts it in place. */
    public List<StarRow> getRows() {
        if (shown == null) {
            shown = new java.util.ArrayList<>(stars.list().stream().filter(s -> status == null || s.status() == status).toList());
        }
        return shown;
    }

    public void applyFilter() {
        shown = null;
    }

    public StarStatus[] getStatuses() {
        return StarStatus.values();
    }

    public StarStatus getStatus() {
        return status;
    }

    public void setStatus(StarStatus status) {
        this.status = status;
    }
}
