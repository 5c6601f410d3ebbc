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

    /** After the meeting: how many came and the minutes (plain text). */
    void recordAfterwards(long id, Integer attendance, String minutes);

    /**
     * Something said in the room, kept in the people's own words: it becomes a quote (source:
     * meeting) in the dialogue, tied to this meeting and its venue's district.
     */
    void addContribution(long id, String text);

    /** What was said at the meeting, as kept, oldest first. */
    List<String> contributions(long id);

    /** The attendance and minutes recorded after the meeting. */
    Afterwards afterwards(long id);

    /** What was recorded after a meeting. */
    record Afterwards(Integer attendance, String minutes) implements java.io.Serializable {
    }

    List<Choice> venues();

    /** Staff who may organise meetings. */
    List<Choice> organisers();

    List<Choice> referenceGroups();

    List<Choice> districts();
}
