package se.stjarnbild.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.Codebook;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.QuoteFilter;
import se.stjarnbild.dialogue.QuoteListRow;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.dialogue.ThemeRow;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;

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
    private Long themeId;
    private RespondentCategory category;
    private Long starId;
    private QuoteFilter filter = QuoteFilter.none();
    private List<Choice> districts;
    private List<ThemeRow> themes;

    @Inject
    private Codebook codebook;

    private final LazyDataModel<QuoteListRow> model = new PagedList<>(() -> quotes.count(filter),
            (first, size, sort) -> quotes.page(filter, first, size), QuoteListRow::id);

    /** The filters may arrive in the address, e.g. from a matrix cell: ?theme=…&amp;district=…. */
    public void applyParameters() {
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            applyFilter();
        }
    }

    public void applyFilter() {
        filter = new QuoteFilter(districtId, source, attribution, words, themeId, category, starId);
    }

    public void clearFilter() {
        districtId = null;
        source = null;
        attribution = null;
        words = null;
        themeId = null;
        category = null;
        starId = null;
        filter = QuoteFilter.none();
    }

    /** The applied filters as the export's query string (without format and language). */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "district", filter.districtId());
        append(query, "source", filter.source());
        append(query, "attribution", filter.attribution());
        append(query, "words", filter.words());
        append(query, "theme", filter.themeId());
        append(query, "category", filter.category());
        append(query, "star", filter.starId());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
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

    public List<ThemeRow> getThemes() {
        if (themes == null) {
            themes = codebook.themes();
        }
        return themes;
    }

    public RespondentCategory[] getCategories() {
        return RespondentCategory.values();
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public RespondentCategory getCategory() {
        return category;
    }

    public void setCategory(RespondentCategory category) {
        this.category = category;
    }

    public Long getStarId() {
        return starId;
    }

    public void setStarId(Long starId) {
        this.starId = starId;
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
