package se.stjarnbild.dialogue.search;

/**
 * One hit. Both HTML fields are safe to render unescaped: all text in them is HTML-escaped and the
 * only markup is {@code <mark>…</mark>} around the words that matched.
 *
 * @param kind         what was found
 * @param id           its database id within the kind
 * @param titleHtml    the escaped title with marks, or null when it has no title
 * @param fragmentHtml the escaped best part of the text with marks (the whole text when short)
 * @param score        the relevance; only meaningful compared with other hits of the same search
 */
public record SearchHit(SearchKind kind, long id, String titleHtml, String fragmentHtml, float score) {
}
