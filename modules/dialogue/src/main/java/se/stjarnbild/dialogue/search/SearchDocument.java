package se.stjarnbild.dialogue.search;

import java.util.Objects;

/**
 * One searchable thing as plain text. Kind and id together are its identity in the index, so the
 * same id may be used by different kinds.
 *
 * @param kind       what it is
 * @param id         its database id within the kind
 * @param title      its title, or null when it has none (quotes have none)
 * @param text       its plain text; null is treated as empty so callers need not care
 * @param districtId the district it belongs to, or null when it belongs to none
 */
public record SearchDocument(SearchKind kind, long id, String title, String text, Long districtId) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }
}
