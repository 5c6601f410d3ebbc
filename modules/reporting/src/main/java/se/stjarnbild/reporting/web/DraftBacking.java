package se.stjarnbild.reporting.web;

import se.stjarnbild.reporting.document.RichText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.stjarnbild.reporting.DecisionDocuments;
import se.stjarnbild.reporting.DraftInput;
import se.stjarnbild.reporting.DraftView;
import se.stjarnbild.reporting.StarChoice;

/**
 * Backs reporting/index.xhtml: the secretary's draft. Decision points are edited in place and
 * moved up and down; saving checks the version read, so two secretaries never overwrite each
 * other silently, and the losing one keeps what they typed.
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionDocuments documents;

    private long version;
    private String registryNumber;
    private String title;
    private String unit;
    private String caseOfficer;
    private LocalDate date;
    private final List<Point> points = new ArrayList<>();
    private String summary;
    private String background;
    private String economy;
    private String children;
    private String equality;
    private String basis;
    private String recipients;
    private List<Long> starIds = new ArrayList<>();
    private String updatedBy;
    private Instant updatedAt;
    private boolean ready = true;

    public boolean isReady() {
        return ready;
    }

    public void load() {
        ready = documents.ready();
        if (!ready) {
            ReportingTexts.message(FacesMessage.SEVERITY_WARN, null, "document.noCampaign");
            return;
        }
        DraftView view = documents.draft();
        DraftInput in = view.input();
        version = view.version();
        registryNumber = in.registryNumber();
        title = in.title();
        unit = in.unit();
        caseOfficer = in.caseOfficer();
        date = in.date();
        points.clear();
        in.decisionPoints().forEach(p -> points.add(new Point(p)));
        // The sections are kept as safe HTML; the text boxes show them as they are typed (see the help text).
        summary = RichText.asTypedText(in.summary());
        background = RichText.asTypedText(in.background());
        economy = RichText.asTypedText(in.consequencesEconomy());
        children = RichText.asTypedText(in.consequencesChildren());
        equality = RichText.asTypedText(in.consequencesEquality());
        basis = in.basis();
        recipients = in.recipients();
        starIds = new ArrayList<>(in.starIds());
        updatedBy = view.updatedBy();
        updatedAt = view.updatedAt();
    }

    private DraftInput input() {
        return new DraftInput(registryNumber, title, unit, caseOfficer, date, points.stream().map(Point::getText).toList(),
                summary, background, economy, children, equality, basis, recipients, starIds);
    }

    /** Saves; on success the page shows the draft as stored (sanitised). */
    public boolean saveDraft() {
        if (!ReportingTexts.attempt("draftForm", () -> documents.save(version, input()))) {
            return false;
        }
        load();
        return true;
    }

    public void save() {
        if (saveDraft()) {
            ReportingTexts.message(FacesMessage.SEVERITY_INFO, null, "draft.saved");
        }
    }

    public String saveAndPreview() {
        return saveDraft() ? "/reporting/preview?faces-redirect=true" : null;
    }

    public String saveAndGenerate() {
        if (!saveDraft()) {
            return null;
        }
        int[] number = new int[1];
        if (!ReportingTexts.attempt("draftForm", () -> number[0] = documents.generate())) {
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        ReportingTexts.message(FacesMessage.SEVERITY_INFO, null, "versions.generated", number[0]);
        return "/reporting/versions?faces-redirect=true";
    }

    public void addPoint() {
        points.add(new Point(""));
    }

    public void removePoint(int index) {
        if (index >= 0 && index < points.size()) {
            points.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < points.size()) {
            Collections.swap(points, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < points.size() - 1) {
            Collections.swap(points, index, index + 1);
        }
    }

    public List<StarChoice> getStars() {
        return documents.starChoices();
    }

    public List<Point> getPoints() { return points; }
    public String getRegistryNumber() { return registryNumber; }
    public void setRegistryNumber(String registryNumber) { this.registryNumber = registryNumber; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getCaseOfficer() { return caseOfficer; }
    public void setCaseOfficer(String caseOfficer) { this.caseOfficer = caseOfficer; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getEconomy() { return economy; }
    public void setEconomy(String economy) { this.economy = economy; }
    public String getChildren() { return children; }
    public void setChildren(String children) { this.children = children; }
    public String getEquality() { return equality; }
    public void setEquality(String equality) { this.equality = equality; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public List<Long> getStarIds() { return starIds; }
    public void setStarIds(List<Long> starIds) { this.starIds = starIds; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** One decision point while it is edited (a holder, so inputs in a repeat can write to it). */
    public static class Point implements Serializable {

        private static final long serialVersionUID = 1L;
        private String text;

        Point(String text) {
            this.text = text;
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }
}
