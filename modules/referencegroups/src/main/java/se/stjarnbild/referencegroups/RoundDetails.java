package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A round for staff: who was asked, who answered, per group and per member. */
public record RoundDetails(long id, long version, String title, LocalDate closesOn, boolean open, String openedBy,
        Instant openedAt, List<String> stars, List<Response> responses, List<InvitationRow> invitations,
        List<Proposal> proposals)
        implements Serializable {

    public long invited() {
        return responses.stream().mapToLong(Response::invited).sum();
    }

    public long answered() {
        return responses.stream().mapToLong(Response::answered).sum();
    }

    public long percent() {
        return Response.percent(answered(), invited());
    }

    /** Members who have not answered and have no e-mail address: they need a letter. */
    public long lettersNeeded() {
        return invitations.stream().filter(i -> i.answeredAt() == null && !i.hasEmail() && !i.erased()).count();
    }
}
