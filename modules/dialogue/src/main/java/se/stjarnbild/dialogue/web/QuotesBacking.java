package se.stjarnbild.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.dialogue.QuoteListRow;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;

/** Backs dialogue/quotes.xhtml: every quote, newest first, a page at a time, with filters above. */
@Named
@ViewScoped
public class QuotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Quotes quotes;

    @Inject
    private Interviews interviews;

    private Long districtId;
    private QuoteSource source;
    private AttributionLevel attribution;
    private String words;
    private QuoteFilter filter = QuoteFilter.none();
    private List<Choice> districts;

    private final LazyDataModel<QuoteListRow> model = new PagedList<>(() -> quotes.count(filter),
            (first, size, sort) -> quotes.page(filter, first, size), QuoteListRow::id);

    public void applyFilter() {
        filter = new QuoteFilter(districtId, source, attribution, words);
    }

    public void clearFilter() {
        districtId = null;
        source = null;
        attribution = null;
        words = null;
        filter = QuoteFilter.none();
    }

    public LazyDataModel<QuoteListRow> getModel() {
        return model;
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = interviews.districts();
        }
        return districts;
    }

    public QuoteSource[] getSources() {
        return QuoteSource.values();
    }

    public AttributionLevel[] getAttributionLevels() {
        return AttributionLevel.values();
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public QuoteSource getSource() {
        return source;
    }

    public void setSource(QuoteSource source) {
        this.source = source;
    }

    public AttributionLevel getAttribution() {
        return attribution;
    }

    public void setAttribution(AttributionLevel attribution) {
        this.attribution = attribution;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
