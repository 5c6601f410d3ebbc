package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.Codebook;
import se.stjarnbild.dialogue.QuoteDetails;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.dialogue.ThemeRow;
import se.stjarnbild.model.dialogue.AttributionLevel;

/**
 * Backs dialogue/quote.xhtml: one quote, where it was said, its words corrected, coded with
 * themes and linked as evidence to stars; removed (asks first).
 */
@Named
@ViewScoped
public class QuoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Quotes quotes;

    @Inject
    private Codebook codebook;

    @Inject
    private Stars stars;

    private Long id;
    private QuoteDetails quote;
    private String text;
    private AttributionLevel attribution;
    private List<Long> themeIds = new ArrayList<>();
    private List<Long> starIds = new ArrayList<>();
    private Set<Long> themesAsLoaded = Set.of();
    private Set<Long> starsAsLoaded = Set.of();
    private List<String> starTitlesAsLoaded = List.of();
    private List<ThemeRow> themes;
    private List<Choice> starChoices;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        quote = quotes.find(id).orElse(null);
        if (quote != null) {
            text = quote.text();
            attribution = quote.attribution();
            themesAsLoaded = codebook.themesOf(id);
            List<Choice> linked = stars.starsOf(id);
            starsAsLoaded = new HashSet<>(linked.stream().map(Choice::id).toList());
            starTitlesAsLoaded = linked.stream().map(Choice::name).sorted(se.stjarnbild.model.SwedishOrder.texts()).toList();
            themeIds = new ArrayList<>(themesAsLoaded);
            starIds = new ArrayList<>(starsAsLoaded);
        }
    }

    /** The deletion's question, naming the stars that lose the quote as evidence. */
    public String getConfirmDelete() {
        return DialogueTexts.confirmWithStars(DialogueTexts.get("quote.confirmDeleteWithLinks"), "quotes.confirmDelete.stars",
                starTitlesAsLoaded, 1);
    }

    public String saveText() {
        if (FormProblems.attempt("textForm", "quote.fixErrors", "quote.editConflict",
                () -> quotes.update(id, quote.version(), text, attribution))) {
            DialogueTexts.flashInfo("quote.saved");
            return self();
        }
        return null;
    }

    public String saveThemes() {
        if (FormProblems.attempt("themesForm", "form.fixErrorsGeneric", "quote.editConflict",
                () -> codebook.recode(id, difference(themeIds, themesAsLoaded), difference(themesAsLoaded, themeIds)))) {
            DialogueTexts.flashInfo("quote.coded", themeIds.size());
            return self();
        }
        return null;
    }

    /** Links the newly ticked stars and unlinks the newly unticked ones; links made meanwhile by others stay. */
    public String saveStars() {
        stars.relink(id, difference(starIds, starsAsLoaded), difference(starsAsLoaded, starIds));
        DialogueTexts.flashInfo("quote.starsSaved", starIds.size());
        return self();
    }

    private static Set<Long> difference(Collection<Long> from, Collection<Long> minus) {
        Set<Long> result = new HashSet<>(from);
        result.removeAll(minus);
        return result;
    }

    public String delete() {
        Long interviewId = quote.interviewId();
        quotes.delete(id);
        DialogueTexts.flashInfo("quote.deleted");
        return interviewId != null ? "/dialogue/interview?faces-redirect=true&id=" + interviewId
                : "/dialogue/quotes?faces-redirect=true";
    }

    private String self() {
        return "/dialogue/quote?faces-redirect=true&id=" + id;
    }

    public List<ThemeRow> getThemes() {
        if (themes == null) {
            themes = codebook.themes();
        }
        return themes;
    }

    public List<Choice> getStarChoices() {
        if (starChoices == null) {
            starChoices = stars.choices();
        }
        return starChoices;
    }

    public AttributionLevel[] getAttributionLevels() {
        return AttributionLevel.values();
    }

    public QuoteDetails getQuote() {
        return quote;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AttributionLevel getAttribution() {
        return attribution;
    }

    public void setAttribution(AttributionLevel attribution) {
        this.attribution = attribution;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<Long> getStarIds() {
        return starIds;
    }

    public void setStarIds(List<Long> starIds) {
        this.starIds = starIds;
    }
}
