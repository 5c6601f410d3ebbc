package se.stjarnbild.dialogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.InterviewFilter;
import se.stjarnbild.dialogue.InterviewRow;
import se.stjarnbild.dialogue.InterviewSort;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.model.dialogue.RespondentCategory;

/** Backs dialogue/interviews.xhtml: the interviews, a page at a time, with the filters above the table. */
@Named
@ViewScoped
public class InterviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Interviews interviews;

    private Long districtId;
    private RespondentCategory category;
    private String interviewer;
    private LocalDate from;
    private LocalDate to;
    private InterviewFilter filter = InterviewFilter.none();
    private List<Choice> districts;

    private final LazyDataModel<InterviewRow> model = new PagedList<>(() -> interviews.count(filter),
            (first, size, sort) -> interviews.page(filter, column(sort), sort != null && sort.getOrder() == SortOrder.ASCENDING,
                    first, size),
            InterviewRow::id);

    private static InterviewSort column(SortMeta sort) {
        return sort == null ? InterviewSort.DATE : switch (sort.getField()) {
            case "district" -> InterviewSort.DISTRICT;
            case "interviewer" -> InterviewSort.INTERVIEWER;
            case "category" -> InterviewSort.CATEGORY;
            default -> InterviewSort.DATE;
        };
    }

    /** Applies the filters; an end before the start is refused with a message by the field. */
    public void applyFilter() {
        if (from != null && to != null && to.isBefore(from)) {
            String text = DialogueTexts.get("interviews.filter.toBeforeFrom");
            FacesContext.getCurrentInstance().addMessage("filterForm:to",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        filter = new InterviewFilter(districtId, category, interviewer, from, to);
    }

    public void clearFilter() {
        districtId = null;
        category = null;
        interviewer = null;
        from = null;
        to = null;
        filter = InterviewFilter.none();
    }

    /** Removes an interview and its quotes, after the person confirmed, and says what went. */
    public void delete(InterviewRow row) {
        long quotes = interviews.delete(row.id());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                DialogueTexts.get("interviews.deleted", DialogueTexts.date(row.date()), quotes), null));
    }

    /** The deletion's question: the interview's day, its quotes, and the stars that lose evidence. */
    public String confirmDelete(InterviewRow row) {
        return DialogueTexts.confirmWithStars(
                DialogueTexts.get("interviews.confirmDelete", DialogueTexts.date(row.date()), row.quotes()),
                "interviews.confirmDelete.stars", row.evidenceFor(), row.quotes());
    }

    public LazyDataModel<InterviewRow> getModel() {
        return model;
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = interviews.districts();
        }
        return districts;
    }

    public RespondentCategory[] getCategories() {
        return RespondentCategory.values();
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public RespondentCategory getCategory() {
        return category;
    }

    public void setCategory(RespondentCategory category) {
        this.category = category;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public void setInterviewer(String interviewer) {
        this.interviewer = interviewer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
