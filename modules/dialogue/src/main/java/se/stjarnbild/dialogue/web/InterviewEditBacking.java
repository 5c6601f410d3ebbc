package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.InterviewDetails;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.QuoteRow;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.RespondentCategory;

/**
 * Backs dialogue/interview.xhtml: record a new interview ({@code ?id} absent) or edit one. A
 * refused save keeps everything typed and names each field to fix.
 */
@Named
@ViewScoped
public class InterviewEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Interviews interviews;

    private Long id;
    private long version;
    private boolean found = true;
    private LocalDate date;
    private Long districtId;
    private Long villageId;
    private Long placeId;
    private String interviewer;
    private RespondentCategory category = RespondentCategory.VISITOR;
    private String homeRegion;
    private boolean consentGiven;
    private boolean consentSaved;
    private Map<Long, List<String>> evidenceStars;
    private LocalDate consentDate;
    private String notes;
    private long quotes;
    private List<Choice> districts;
    private Long choicesFor;
    private List<Choice> villages = List.of();
    private List<Choice> places = List.of();
    private String quoteText;
    private AttributionLevel quoteAttribution = AttributionLevel.ANONYMOUS;
    private List<QuoteRow> quoteRows;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        interviews.find(id).ifPresentOrElse(this::fill, () -> found = false);
    }

    private void fill(InterviewDetails details) {
        InterviewInput in = details.input();
        version = details.version();
        quotes = details.quotes();
        date = in.date();
        districtId = in.districtId();
        villageId = in.villageId();
        placeId = in.placeId();
        interviewer = in.interviewer();
        category = in.category();
        homeRegion = in.homeRegion();
        consentGiven = in.consentGiven();
        consentSaved = in.consentGiven();
        consentDate = in.consentDate();
        notes = in.notes();
    }

    /** Quotes may be added only once the saved interview records the respondent's consent. */
    public boolean isConsentSaved() {
        return consentSaved;
    }

    /** A new district clears a village or place that lies outside it. */
    public void districtChanged() {
        if (villageId != null && getVillages().stream().noneMatch(v -> v.id() == villageId)) {
            villageId = null;
        }
        if (placeId != null && getPlaces().stream().noneMatch(p -> p.id() == placeId)) {
            placeId = null;
        }
    }

    public String save() {
        InterviewInput input = new InterviewInput(date, districtId, villageId, placeId, interviewer, category, homeRegion,
                consentGiven, consentDate, notes);
        if (FormProblems.attempt("interviewForm", "form.fixErrors", "interview.editConflict",
                () -> interviews.save(id, version, input))) {
            DialogueTexts.flashInfo(id == null ? "interview.created" : "interview.saved");
            return "/dialogue/interviews?faces-redirect=true";
        }
        return null;
    }

    /** Adds a quote from this interview and comes back to it; a refused quote keeps what was typed. */
    public String addQuote() {
        if (FormProblems.attempt("quoteForm", "quote.fixErrors", "quote.editConflict",
                () -> interviews.addQuote(id, quoteText, quoteAttribution))) {
            DialogueTexts.flashInfo("quote.added");
            return "/dialogue/interview?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public String deleteQuote(QuoteRow quote) {
        interviews.deleteQuote(quote.id());
        DialogueTexts.flashInfo("quote.deleted");
        return "/dialogue/interview?faces-redirect=true&id=" + id;
    }

    /** The quote deletion's question, naming the stars that lose the quote as evidence. */
    public String confirmQuoteDelete(QuoteRow quote) {
        if (evidenceStars == null) {
            evidenceStars = id == null ? Map.of() : interviews.evidenceStars(id);
        }
        return DialogueTexts.confirmWithStars(DialogueTexts.get("quotes.confirmDelete"), "quotes.confirmDelete.stars",
                evidenceStars.getOrDefault(quote.id(), List.of()), 1);
    }

    public List<QuoteRow> getQuoteRows() {
        if (quoteRows == null) {
            quoteRows = id == null ? List.of() : interviews.quotes(id);
        }
        return quoteRows;
    }

    public AttributionLevel[] getAttributionLevels() {
        return AttributionLevel.values();
    }

    public String getQuoteText() {
        return quoteText;
    }

    public void setQuoteText(String quoteText) {
        this.quoteText = quoteText;
    }

    public AttributionLevel getQuoteAttribution() {
        return quoteAttribution;
    }

    public void setQuoteAttribution(AttributionLevel quoteAttribution) {
        this.quoteAttribution = quoteAttribution;
    }

    /** Read once per view: JSF asks for the options several times while it renders and validates. */
    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = interviews.districts();
        }
        return districts;
    }

    public List<Choice> getVillages() {
        loadChoicesForDistrict();
        return villages;
    }

    public List<Choice> getPlaces() {
        loadChoicesForDistrict();
        return places;
    }

    /** Villages and places of the chosen district, read again only when the district changes. */
    private void loadChoicesForDistrict() {
        if (!java.util.Objects.equals(choicesFor, districtId)) {
            choicesFor = districtId;
            villages = districtId == null ? List.of() : interviews.villages(districtId);
            places = districtId == null ? List.of() : interviews.places(districtId);
        }
    }

    public RespondentCategory[] getCategories() {
        return RespondentCategory.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public long getQuotes() {
        return quotes;
    }

    public LocalDate getToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
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

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
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

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
