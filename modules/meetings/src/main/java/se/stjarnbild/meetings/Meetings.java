package se.stjarnbild.meetings;

import java.util.List;
import java.util.Optional;
import se.stjarnbild.meetings.scheduling.Conflict;

/** Scheduling meetings: conflicts shown before saving, cancellation that tells those registered. */
public interface Meetings {

    /** Meetings in time order (past ones newest first). */
    List<MeetingRow> list(MeetingFilter filter);

    Optional<MeetingDetails> find(long id);

    /** The conflicts the meeting would have if saved as entered (none when its times are invalid). */
    List<Conflict> conflicts(Long id, MeetingInput input);

    /**
     * Creates ({@code id} null) or updates a meeting; returns its id. {@link RefusedException} names
     * each broken rule's field; a meeting with conflicts is refused unless a reason to keep it is
     * given (field "overrideReason"), and the reason is kept. More seats promote those waiting.
     */
    long save(Long id, long version, MeetingInput input);

    /** Cancels a meeting and writes to everyone registered; returns how many were told. */
    int cancel(long id);

    List<Choice> venues();

    /** Staff who may organise meetings. */
    List<Choice> organisers();

    List<Choice> referenceGroups();

    List<Choice> districts();
}
