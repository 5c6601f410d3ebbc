package se.stjarnbild.reporting.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.reporting.Change;
import se.stjarnbild.reporting.DecisionDocuments;
import se.stjarnbild.reporting.VersionRow;

/** Backs reporting/versions.xhtml: every generated version, downloads, freezing (asks first) and comparing two. */
@Named
@ViewScoped
public class VersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionDocuments documents;

    private List<VersionRow> rows;
    private Integer from;
    private Integer to;
    private List<Change> changes;

    public List<VersionRow> getRows() {
        if (rows == null) {
            rows = documents.versions();
            if (rows.size() >= 2 && from == null) {
                to = rows.get(0).number();
                from = rows.get(1).number();
            }
        }
        return rows;
    }

    /** The newest frozen version's number (the one the board decides from), or 0. */
    public int getBoardVersion() {
        return getRows().stream().filter(VersionRow::frozen).mapToInt(VersionRow::number).max().orElse(0);
    }

    public void freeze(int number) {
        if (ReportingTexts.attempt("versionsForm", () -> documents.freeze(number))) {
            ReportingTexts.message(FacesMessage.SEVERITY_INFO, null, "versions.frozenNotice", number);
        }
        rows = null; // refused or not, show the versions as they are now (another tab may have frozen one)
    }

    public void compare() {
        if (from == null || to == null) {
            ReportingTexts.message(FacesMessage.SEVERITY_ERROR, null, "versions.compare.choose");
            return;
        }
        ReportingTexts.attempt("compareForm", () -> changes = documents.compare(from, to));
    }

    public String shortHash(String sha) {
        return sha == null ? "" : sha.substring(0, 12) + "…";
    }

    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public List<Change> getChanges() { return changes; }
}
