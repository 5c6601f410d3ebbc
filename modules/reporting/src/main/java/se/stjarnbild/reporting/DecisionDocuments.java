package se.stjarnbild.reporting;

import java.util.List;
import java.util.Optional;

/**
 * The decision document for the secretary. Refusals are
 * {@link se.stjarnbild.meetings.RefusedException}s naming the field; a stale save is an
 * {@link jakarta.persistence.OptimisticLockException}. Nothing is saved when refused.
 */
public interface DecisionDocuments {

    /** False until a campaign exists (a fresh installation without the demo data): there is no document to make. */
    boolean ready();

    /** The working draft; on first use one is made with sensible Swedish defaults and the chosen stars. */
    DraftView draft();

    /** Saves the draft as read at {@code version}. Free text is sanitised; over-long sections are refused. */
    void save(long version, DraftInput input);

    /** The draft as the document's HTML, generated sections filled from the data as of now. */
    String preview();

    /**
     * Generates the next numbered version (HTML, PDF/A, DOCX) from the saved draft; returns its
     * number. Refused without a registry number, without stars, or with a star that has no evidence.
     */
    int generate();

    /** Every version, newest first. */
    List<VersionRow> versions();

    /** Freezes a version for the board: it can never change, and its PDF is served byte for byte. */
    void freeze(int number);

    /** A version's file: "pdf", "docx" or "html". */
    Optional<DocumentFile> file(int number, String format);

    /** What changed in the numbers and the text from version {@code from} to version {@code to}. */
    List<Change> compare(int from, int to);

    /** Candidate stars to present, chosen ones first. */
    List<StarChoice> starChoices();
}
