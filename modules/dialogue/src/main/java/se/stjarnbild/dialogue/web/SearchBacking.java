package se.stjarnbild.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.search.Search;
import se.stjarnbild.dialogue.search.SearchHit;
import se.stjarnbild.dialogue.search.SearchKind;
import se.stjarnbild.dialogue.search.SearchRequest;
import se.stjarnbild.dialogue.search.SearchResults;
import se.stjarnbild.dialogue.search.SearchStatus;

/**
 * Backs dialogue/search.xhtml: one box over quotes, interviews, places and stars ({@code ?q=}),
 * filtered by kind and district, a page of hits at a time with the matches marked.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    private Search search;

    @Inject
    private Interviews interviews;

    private String words;
    private SearchKind kind;
    private Long districtId;
    private int offset;
    private SearchResults results;
    private List<Choice> districts;

    /** Runs the search in the address (?q=…&amp;kind=…&amp;district=…) when the page opens. */
    public void load() {
        if (words != null && !words.isBlank()) {
            run();
        }
    }

    public void find() {
        offset = 0;
        run();
    }

    public void next() {
        offset += PAGE;
        run();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        run();
    }

    private void run() {
        Set<SearchKind> kinds = kind == null ? Set.of() : EnumSet.of(kind);
        results = search.search(new SearchRequest(words, kinds, districtId, offset, PAGE));
    }

    public void rebuild() {
        search.rebuild();
        DialogueTexts.flashInfo("search.rebuildStarted");
    }

    private static final java.util.regex.Pattern LEADING_DAY = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    /** The hit's title, with an interview's day written as the reader writes dates ("15 juli 2026"). */
    public String titleHtml(se.stjarnbild.dialogue.search.SearchHit hit) {
        String title = hit.titleHtml();
        java.util.regex.Matcher day = title == null ? null : LEADING_DAY.matcher(title);
        if (day == null || !day.find()) {
            return title;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(day.group());
            return DialogueTexts.date(date) + title.substring(day.end());
        } catch (java.time.format.DateTimeParseException e) {
            return title;
        }
    }

    /** Where a hit leads: the quote, the interview, the place or the star. */
    public String outcome(SearchHit hit) {
        return switch (hit.kind()) {
            case QUOTE -> "/dialogue/quote";
            case INTERVIEW -> "/dialogue/interview";
            case PLACE -> "/dialogue/places";
            case STAR -> "/dialogue/star";
        };
    }

    public String parameter(SearchHit hit) {
        return hit.kind() == SearchKind.PLACE ? "edit" : "id";
    }

    public SearchStatus getStatus() {
        return search.status();
    }

    public boolean isHasNext() {
        return results != null && offset + PAGE < results.total();
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public int getFirstShown() {
        return offset + 1;
    }

    public long getLastShown() {
        return results == null ? 0 : Math.min(results.total(), offset + (long) results.hits().size());
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = interviews.districts();
        }
        return districts;
    }

    public SearchKind[] getKinds() {
        return SearchKind.values();
    }

    public SearchResults getResults() {
        return results;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public SearchKind getKind() {
        return kind;
    }

    public void setKind(SearchKind kind) {
        this.kind = kind;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }
}
