package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;

/**
 * What supports a star: how many quotes, and how they spread over districts, respondent
 * categories (quotes from interviews only) and sources. Each list is largest first.
 */
public record EvidenceSummary(long quotes, List<Tally> byDistrict, List<Tally> byCategory, List<Tally> bySource)
        implements Serializable {
}
