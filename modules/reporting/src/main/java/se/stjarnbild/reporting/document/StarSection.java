package se.stjarnbild.reporting.document;

import java.io.Serializable;
import java.util.List;

/**
 * One chosen star in the document: what it is, where it applies (no districts: everywhere), how many quotes back it (by
 * district, respondent category and source), a few example quotes, the groups' ratings, and the
 * quotes for the appendix ({@code appendixMore} says how many were left out of it).
 */
public record StarSection(long id, String title, String description, List<String> districts, long evidence,
        List<Count> byDistrict, List<Count> byCategory, List<Count> bySource, List<Example> examples, Ratings ratings,
        List<Example> appendix, long appendixMore) implements Serializable {

    /** Where the star applies, in words: its districts, or the whole municipality. */
    public String scope() {
        return districts.isEmpty() ? Words.get("star.wholeMunicipality") : String.join(", ", districts);
    }
}
