package se.stjarnbild.referencegroups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reference groups' members: personal data, seen and changed only by staff. Every refusal is
 * a {@link se.stjarnbild.meetings.RefusedException} naming the field; nothing is saved then.
 */
public interface Members {

    /** Members by name (erased ones last), a page at a time. */
    List<MemberRow> page(MemberFilter filter, int first, int size);

    long count(MemberFilter filter);

    Optional<MemberDetails> find(long id);

    /** Adds ({@code id} null) or updates a member; returns the id. */
    long save(Long id, long version, MemberInput input);

    /** Ends a membership on a day; the member stays in the list of former members. */
    void end(long id, LocalDate on);

    /**
     * Erases a member's personal data (name, contact details, background, the e-mail sent to
     * them); their ratings and comments stay, anonymous.
     */
    void erase(long id);

    /** Districts to pick as a member's place of residence. */
    List<se.stjarnbild.meetings.Choice> districts();
}
