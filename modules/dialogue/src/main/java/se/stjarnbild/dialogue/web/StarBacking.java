package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import se.stjarnbild.dialogue.EvidenceSummary;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.dialogue.QuoteListRow;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.dialogue.StarDetails;
import se.stjarnbild.dialogue.Stars;

/**
 * Backs dialogue/star.xhtml: a star with its evidence, counted by district, category and source,
 * listed a page at a time; quotes are found by their words and linked here, or unlinked.
 */
@Named
@ViewScoped
public class StarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 20;

    @Inject
    private Stars stars;

    @Inject
    private Quotes quotes;

    private Long id;
    private StarDetails star;
    private boolean loaded;
    private EvidenceSummary summary;
    private String words;
    private List<QuoteListRow> candidates;

    private final LazyDataModel<QuoteListRow> evidence = new PagedList<>(() -> quotes.count(QuoteFilter.evidenceOf(id)),
            (first, size, sort) -> quotes.page(QuoteFilter.evidenceOf(id), first, size), QuoteListRow::id);

    public Optional<StarDetails> getStar() {
        if (!loaded && id != null) {
            star = stars.find(id).orElse(null);
            loaded = true;
        }
        return Optional.ofNullable(star);
    }

    /** The star shown; null when there is none (the page says so). */
    public StarDetails getCurrent() {
        return getStar().orElse(null);
    }

    public EvidenceSummary getSummary() {
        if (summary == null && getStar().isPresent()) {
            summary = stars.evidence(id);
        }
        return summary;
    }

    public LazyDataModel<QuoteListRow> getEvidence() {
        return evidence;
    }

    /** Quotes whose words match, not yet linked to this star. */
    public void findCandidates() {
        if (words == null || words.isBlank()) {
            candidates = null;  // the old results would look like answers to the empty search
            FormProblems.show("linkForm", "form.fixErrorsGeneric",
                    List.of(new se.stjarnbild.dialogue.FieldProblem("words", "star.link.wordsRequired")));
            return;
        }
        QuoteFilter byWords = new QuoteFilter(null, null, null, words, null, null, null);
        Set<Long> linked = stars.evidenceIds(id);
        candidates = quotes.page(byWords, 0, CANDIDATES + linked.size()).stream()
                .filter(q -> !linked.contains(q.id())).limit(CANDIDATES).toList();
    }

    public String link(QuoteListRow quote) {
        stars.link(id, List.of(quote.id()));
        DialogueTexts.flashInfo("star.linked");
        return "/dialogue/star?faces-redirect=true&id=" + id;
    }

    public String unlink(QuoteListRow quote) {
        stars.unlink(id, quote.id());
        DialogueTexts.flashInfo("star.unlinked");
        return "/dialogue/star?faces-redirect=true&id=" + id;
    }

    public boolean isMissing() {
        return id != null && getStar().isEmpty() && !FacesContext.getCurrentInstance().isPostback();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<QuoteListRow> getCandidates() {
        return candidates;
    }
}
